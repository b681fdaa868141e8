/** How well promises are kept: on time, late, or still open past their due date. */
import type { Commitment } from "./contacts";
import type { IsoDate } from "./dates";
import { Memo } from "./memo";

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

/** The part of `followThrough` that does not depend on the day: kept counts, and the promises still open. */
interface Settled {
  kept: FollowThrough;
  open: readonly Commitment[];
}

const settledByList = new WeakMap<readonly Commitment[], Settled>();
const byDay = new Memo<readonly Commitment[], FollowThrough>();

/** `followThrough`, with the closed promises of `commitments` counted once per list (lists are replaced, not changed). */
export function followThroughOf(commitments: readonly Commitment[], today: IsoDate): FollowThrough {
  if (commitments.length === 0) return NONE;
  return byDay.get(commitments, [today], () => countFollowThrough(commitments, today));
}

/** Shared by everyone with no promises; never changed. */
const NONE: FollowThrough = Object.freeze({ keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 });

function countFollowThrough(commitments: readonly Commitment[], today: IsoDate): FollowThrough {
  let settled = settledByList.get(commitments);
  if (!settled) {
    const open = commitments.filter((c) => c.status === "open");
    settled = { kept: followThrough(commitments.filter((c) => c.status !== "open"), ""), open };
    settledByList.set(commitments, settled);
  }
  const pending = followThrough(settled.open, today);
  return { keptOnTime: settled.kept.keptOnTime, keptLate: settled.kept.keptLate, overdue: pending.overdue, open: pending.open };
}
