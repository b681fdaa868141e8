/** How well promises are kept: on time, late, or still open past their due date. */
import type { Commitment } from "../index/contacts";
import { dayNumber } from "../calendar/dates";

export interface FollowThrough {
  keptOnTime: number;
  keptLate: number;
  overdue: number;
  open: number;
}

/**
 * What one person's promises say apart from the day: how many were kept on time or late, and when the
 * open ones fall due. Only promises I owe count (what others owe me says nothing of my follow-through).
 */
export interface Promises {
  keptOnTime: number;
  keptLate: number;
  /** Day numbers (see `dayNumber`) of the open promises with a due date, earliest first. */
  openDueDays: readonly number[];
  /** Open promises with no due date: never overdue. */
  openUndated: number;
}

export function promisesOf(commitments: readonly Commitment[]): Promises {
  let keptOnTime = 0;
  let keptLate = 0;
  let openUndated = 0;
  const openDueDays: number[] = [];
  for (const c of commitments) {
    if (c.direction !== "owed-by-me") continue;
    if (c.status === "done") {
      // Done with no due date, or no known done date, cannot have been late.
      if (c.due !== null && c.done !== null && c.done > c.due) keptLate++;
      else keptOnTime++;
    } else if (c.status === "open") {
      if (c.due === null) openUndated++;
      else openDueDays.push(dayNumber(c.due));
    }
  }
  return { keptOnTime, keptLate, openDueDays: openDueDays.sort((a, b) => a - b), openUndated };
}

/**
 * The follow-through on day number `todayDay`: a promise is overdue once its due day has passed.
 * `before` is returned when the counts are the same, so an unchanged day gives an unchanged object.
 */
export function followThroughOn(promises: Promises, todayDay: number, before: FollowThrough | null): FollowThrough {
  const { keptOnTime, keptLate, openDueDays } = promises;
  let overdue = 0;
  while (overdue < openDueDays.length && (openDueDays[overdue] as number) < todayDay) overdue++;
  const open = openDueDays.length - overdue + promises.openUndated;
  if (before && before.overdue === overdue && before.open === open && before.keptOnTime === keptOnTime && before.keptLate === keptLate) return before;
  return keptOnTime + keptLate + overdue + open === 0 ? NONE : { keptOnTime, keptLate, overdue, open };
}

/** Shared by everyone with no promises; never changed. */
const NONE: FollowThrough = Object.freeze({ keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 });
