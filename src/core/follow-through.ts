/** How well promises are kept: on time, late, or still open past their due date. */
import type { Commitment } from "./contacts";
import type { IsoDate } from "./dates";

export interface FollowThrough {
  keptOnTime: number;
  keptLate: number;
  overdue: number;
  open: number;
}

/** Counts commitments I owe (what others owe me says nothing of my follow-through). */
export function followThrough(commitments: readonly Commitment[], today: IsoDate): FollowThrough {
  const counts: FollowThrough = { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 };
  for (const c of commitments) {
    if (c.direction !== "owed-by-me") continue;
    if (c.status === "done") {
      // Done with no due date, or no known done date, cannot have been late.
      if (c.due !== null && c.done !== null && c.done > c.due) counts.keptLate++;
      else counts.keptOnTime++;
    } else if (c.status === "open") {
      if (c.due !== null && c.due < today) counts.overdue++;
      else counts.open++;
    }
  }
  return counts;
}
