/** How well promises are kept: on time, late, or still open past their due date. */
import type { IsoDate } from "../calendar/dates";
import type { Commitment } from "../index/contributions";

export interface FollowThrough {
  keptOnTime: number;
  keptLate: number;
  overdue: number;
  open: number;
}

/**
 * Counts the promises I owe (what others owe me says nothing of my follow-through). A promise is
 * overdue once its due day has passed; done with no due date, or no known done date, it was on time.
 */
export function followThrough(commitments: Iterable<Commitment>, today: IsoDate): FollowThrough {
  const counts: FollowThrough = { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 };
  for (const c of commitments) {
    if (c.direction !== "owed-by-me") continue;
    if (c.status === "done") {
      if (c.due !== null && c.done !== null && c.done > c.due) counts.keptLate++;
      else counts.keptOnTime++;
    } else if (c.status === "open") {
      if (c.due !== null && c.due < today) counts.overdue++;
      else counts.open++;
    }
  }
  return counts;
}

/** The sum of several people's counts. */
export function addFollowThrough(total: FollowThrough, more: FollowThrough): void {
  total.keptOnTime += more.keptOnTime;
  total.keptLate += more.keptLate;
  total.overdue += more.overdue;
  total.open += more.open;
}
