/**
 * "Recent", for the loops a vault's old notes must not set off (a first meeting's follow-up, a
 * thank-you owed): a day among the last two weeks, today and the 13 days before it. Rapport is often
 * installed on a vault of years, whose people were met and helped long ago.
 */
import { addDays, type IsoDate } from "../calendar/dates";

export const RECENT_DAYS = 14;

/** The first recent day as of `today`: worked out once per due list, then days compare as text. */
export function recentSince(today: IsoDate): IsoDate {
  return addDays(today, 1 - RECENT_DAYS);
}

export function isRecent(day: IsoDate, today: IsoDate, since: IsoDate = recentSince(today)): boolean {
  return day >= since && day <= today;
}
