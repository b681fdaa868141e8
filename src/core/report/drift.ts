/**
 * Drift: a person's own rhythm is the median gap between their last five distinct days with contact;
 * they are drifting when the time since the last one passes 1.5 x that rhythm and at least a week.
 * Fewer than five such days: no rhythm, never drifting. (Whether someone overdue or snoozed is shown as
 * drifting is the due list's call: they are not.)
 */
import { dayNumber, type IsoDate } from "../calendar/dates";
import type { Interaction } from "../index/contributions";

const DAYS_FOR_A_RHYTHM = 5;
const DRIFT_FACTOR = 1.5;
const MIN_DRIFT_DAYS = 7;

/**
 * The median gap, in days, between the last five distinct days with contact up to today (the logged
 * interactions, oldest first, and a `last_contact`); null with fewer than five such days.
 */
export function rhythmDays(interactions: readonly Interaction[], lastContactField: IsoDate | null, today: IsoDate): number | null {
  // The five newest distinct days, newest first: interactions are oldest first, so walked from the end,
  // and `last_contact` put in its place among them.
  const days: IsoDate[] = [];
  let seeded = lastContactField !== null && lastContactField <= today ? lastContactField : null;
  for (let i = interactions.length - 1; i >= 0 && days.length < DAYS_FOR_A_RHYTHM; i--) {
    const date = (interactions[i] as Interaction).date;
    if (date > today) continue;
    if (seeded !== null && seeded >= date) {
      if (seeded > date) days.push(seeded);
      seeded = null;
      if (days.length === DAYS_FOR_A_RHYTHM) break;
    }
    if (date !== days[days.length - 1]) days.push(date);
  }
  if (seeded !== null && days.length < DAYS_FOR_A_RHYTHM) days.push(seeded);
  if (days.length < DAYS_FOR_A_RHYTHM) return null;
  // The median of the four gaps: the mean of the middle two, that is of all four less the least and the most.
  let sum = 0;
  let least = Infinity;
  let most = -Infinity;
  let newer = dayNumber(days[0] as IsoDate);
  for (let i = 1; i < DAYS_FOR_A_RHYTHM; i++) {
    const older = dayNumber(days[i] as IsoDate);
    const gap = newer - older;
    sum += gap;
    least = Math.min(least, gap);
    most = Math.max(most, gap);
    newer = older;
  }
  return (sum - least - most) / 2;
}

/** Whether `daysSince` the last contact is past the rhythm's reach (1.5 x the rhythm, and a week at least). */
export function isDrifting(rhythm: number | null, daysSince: number | null): boolean {
  return rhythm !== null && daysSince !== null && daysSince >= MIN_DRIFT_DAYS && daysSince > DRIFT_FACTOR * rhythm;
}
