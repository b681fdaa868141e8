/**
 * A new acquaintance: the first interaction ever with a person, when it is recent, makes one follow-up
 * due a few days later (a setting), even with no cadence, until the next interaction on a later day. On a
 * vault of years, people met long ago raise none: only a recent first meeting counts (recent.ts).
 */
import { addDays, type IsoDate } from "../calendar/dates";
import type { Interaction, Person } from "../index/contributions";
import { isRecent, recentSince } from "./recent";

export interface FollowUp {
  /** The day they first met. */
  met: IsoDate;
  due: IsoDate;
}

/** `interactions` oldest first; `since` the first recent day (recent.ts). Null when no follow-up is owed: met long ago, met again since, or `cadence: none`. */
export function newAcquaintance(person: Person, interactions: readonly Interaction[], today: IsoDate, afterDays: number, since = recentSince(today)): FollowUp | null {
  if (afterDays <= 0 || person.cadence === "none") return null;
  const first = interactions[0];
  if (first === undefined || !isRecent(first.date, today, since)) return null;
  // A `last_contact` other than that day says they were in touch another time.
  if (person.lastContact !== null && person.lastContact !== first.date && person.lastContact <= today) return null;
  for (const other of interactions) {
    if (other.date > today) break;
    if (other.date > first.date) return null;
  }
  return { met: first.date, due: addDays(first.date, afterDays) };
}
