/**
 * One person's share of the due list: their row (the check-in, why it is due, drift, follow-through)
 * and the loops open with them (replies, thanks, things to ask about).
 */
import { daysBetween, type IsoDate } from "../calendar/dates";
import type { Ask, Commitment, Interaction, Person } from "../index/contributions";
import { asksOf, type AskRow } from "./asks";
import { chosenCheckIn, type DueReason, type FallbackCadences } from "./cadence-choice";
import { statusOn, type CheckIn, type CheckInRules, type PersonStatus } from "./check-ins";
import { isDrifting, rhythmDays } from "./drift";
import { followThrough, type FollowThrough } from "./follow-through";
import { newAcquaintance } from "./new-acquaintance";
import { repliesOf, type ReplyRow, type ReplyRules } from "./replies";
import { thanksOf, type ThanksRow, type ThanksRules } from "./thanks";

export interface PersonRow {
  name: string;
  path: string;
  /** The cadence as written, or the group or default cadence that applies; null when there is none. */
  cadence: string | null;
  /** The cadence in words, from rrule ("not tracked" for `none`); null when it does not read. */
  cadenceText: string | null;
  lastContact: IsoDate | null;
  due: IsoDate | null;
  daysOverdue: number;
  status: PersonStatus;
  snoozeUntil: IsoDate | null;
  aliases: string[];
  groups: string[];
  followThrough: FollowThrough;
  /** Why `due` is due: their cadence, a group's, the default, or a first meeting's follow-up; null with no `due`. */
  reason: DueReason | null;
  /** The group whose cadence applies, when one does. */
  cadenceGroup: string | null;
  /** Their own rhythm: the median gap in days between their last five days with contact; null with fewer. */
  rhythmDays: number | null;
  /** Quiet for longer than their rhythm says (see drift.ts); never when overdue or snoozed. */
  drifting: boolean;
}

export interface PersonRules {
  checkIn: CheckInRules;
  /** The first recent day (recent.ts), worked out once per due list. */
  recentSince: IsoDate;
  fallbacks: FallbackCadences;
  newAcquaintanceDays: number;
  replies: ReplyRules;
  /** Null when the thanks loop is off. */
  thanks: ThanksRules | null;
}

export interface PersonReport {
  row: PersonRow;
  replies: ReplyRow[];
  thanks: ThanksRow[];
  asks: AskRow[];
  problems: CheckIn["problems"];
}

/** `interactions` oldest first. */
export function personReport(person: Person, interactions: readonly Interaction[], commitments: readonly Commitment[], asks: readonly Ask[], rules: PersonRules): PersonReport {
  const { today } = rules.checkIn;
  const chosen = chosenCheckIn(person, interactions, rules.fallbacks, rules.checkIn);
  const { state } = chosen;
  let { due, status, daysOverdue } = state;
  let reason = chosen.reason;
  const snoozed = person.snoozeUntil !== null && person.snoozeUntil > today;
  // A first meeting's follow-up, when it comes before the next check-in (or there is none). Snoozing
  // hides it: the row then shows the check-in, as it will be when the snooze ends.
  const followUp = snoozed ? null : newAcquaintance(person, interactions, today, rules.newAcquaintanceDays, rules.recentSince);
  if (followUp !== null && (due === null || followUp.due < due)) {
    due = followUp.due;
    reason = "new-acquaintance";
    status = statusOn(due, person.snoozeUntil, rules.checkIn);
    daysOverdue = Math.max(0, daysBetween(due, today));
  }
  const rhythm = rhythmDays(interactions, person.lastContact, today);
  const drifting = status !== "overdue" && !snoozed && isDrifting(rhythm, state.lastContact === null ? null : daysBetween(state.lastContact, today));
  const replies = repliesOf(person, interactions, rules.replies);
  const thanks = rules.thanks === null ? null : thanksOf(person, interactions, commitments, rules.thanks);
  const row: PersonRow = {
    name: person.name,
    path: person.path,
    cadence: person.cadenceWritten ?? state.cadence?.source ?? null,
    cadenceText: person.cadence === "none" ? "not tracked" : (state.cadence?.words ?? null),
    lastContact: state.lastContact,
    due,
    daysOverdue,
    status,
    snoozeUntil: person.snoozeUntil,
    aliases: person.aliases,
    groups: person.groups,
    followThrough: followThrough(commitments, today, replies.counts, thanks?.counts),
    reason,
    cadenceGroup: chosen.group,
    rhythmDays: rhythm,
    drifting,
  };
  return { row, replies: replies.rows, thanks: thanks?.rows ?? [], asks: asksOf(person, asks, interactions, today, rules.recentSince), problems: state.problems };
}
