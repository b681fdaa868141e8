/**
 * How well I follow through: promises kept on time, late, or still open past their due date; and,
 * counted apart from them, replies given in time or late or still owed, and thank-yous given or owed.
 */
import type { IsoDate } from "../calendar/dates";
import type { Commitment } from "../index/contributions";

export interface ReplyCounts {
  inTime: number;
  late: number;
  /** Open past their last day to reply in time. */
  overdue: number;
  open: number;
}

export interface ThanksCounts {
  given: number;
  /** Open (lapsed ones are not counted: see thanks.ts). */
  owed: number;
}

export interface FollowThrough {
  keptOnTime: number;
  keptLate: number;
  overdue: number;
  open: number;
  replies: ReplyCounts;
  thanks: ThanksCounts;
}

/** The counts of a person with no reply or thank-you: most people, so they share these. */
const NO_REPLIES: ReplyCounts = Object.freeze({ inTime: 0, late: 0, overdue: 0, open: 0 });
const NO_THANKS: ThanksCounts = Object.freeze({ given: 0, owed: 0 });

export function noFollowThrough(): FollowThrough {
  return { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0, replies: { inTime: 0, late: 0, overdue: 0, open: 0 }, thanks: { given: 0, owed: 0 } };
}

/**
 * Counts the promises I owe (what others owe me says nothing of my follow-through). A promise is
 * overdue once its due day has passed; done with no due date, or no known done date, it was on time.
 * The replies' and thank-yous' counts come from replies.ts and thanks.ts.
 */
export function followThrough(commitments: Iterable<Commitment>, today: IsoDate, replies: ReplyCounts = NO_REPLIES, thanks: ThanksCounts = NO_THANKS): FollowThrough {
  const counts: FollowThrough = { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0, replies, thanks };
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
  total.replies.inTime += more.replies.inTime;
  total.replies.late += more.replies.late;
  total.replies.overdue += more.replies.overdue;
  total.replies.open += more.replies.open;
  total.thanks.given += more.thanks.given;
  total.thanks.owed += more.thanks.owed;
}
