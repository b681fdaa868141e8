/**
 * The due list cut into the sections a person reads it by, for the sidebar and the CLI alike: promises I
 * owe that are late or due soon, replies and thank-yous owed, things to ask about today, check-ins
 * overdue, first-meeting follow-ups, check-ins due today or soon, people drifting, birthdays, promises
 * owed to me, and the snoozed. Optionally only the people of one group.
 */
import { daysBetween } from "../calendar/dates";
import type { AskRow, BirthdayRow, CommitmentRow, DueReport, PersonRow, ReplyRow, ThanksRow } from "./due-report";
import { reportForGroup } from "./groups";

export interface DueSections {
  promisesDue: CommitmentRow[];
  /** Open promises I owe with no due date: never late, easy to forget. */
  promisesUndated: CommitmentRow[];
  /** Replies I owe, the one to answer soonest first. */
  replies: ReplyRow[];
  /** Thank-yous I owe, the oldest help first. */
  thanks: ThanksRow[];
  /** Things to ask about whose day has come. */
  asks: AskRow[];
  /** Check-ins overdue by a cadence (own, group or default). */
  overdue: PersonRow[];
  /** First-meeting follow-ups overdue, due today or soon (these people are in no check-in section). */
  newAcquaintances: PersonRow[];
  /** Check-ins by a cadence due today or soon. */
  dueSoon: PersonRow[];
  /**
   * Drifting people not already in a section above (no check-in due): the sidebar's quiet list. Rows in
   * `dueSoon` and `newAcquaintances` carry `drifting` too, for a badge.
   */
  drifting: PersonRow[];
  birthdays: BirthdayRow[];
  waiting: CommitmentRow[];
  snoozed: PersonRow[];
}

/** `group` "" means everyone. */
export function dueSections(whole: DueReport, dueSoonDays: number, group = ""): DueSections {
  const report = reportForGroup(whole, group);
  const { today, people } = report;
  const open = report.commitments.filter((c) => c.status === "open");
  const soon = (due: string | null) => due !== null && due >= today && daysBetween(today, due) <= dueSoonDays;
  const isDue = (p: PersonRow) => p.status === "overdue" || p.status === "due" || p.status === "due-soon";
  const byCadence = people.filter((p) => p.reason !== "new-acquaintance");
  return {
    promisesDue: open.filter((c) => c.direction === "owed-by-me" && (c.daysOverdue > 0 || soon(c.due))),
    promisesUndated: open.filter((c) => c.direction === "owed-by-me" && c.due === null),
    replies: report.replies.filter((r) => r.status === "open"),
    thanks: report.thanks.filter((t) => t.status === "open"),
    asks: report.asks.filter((a) => a.status === "open" && a.date <= today),
    overdue: byCadence.filter((p) => p.status === "overdue"),
    newAcquaintances: people.filter((p) => p.reason === "new-acquaintance" && isDue(p)),
    dueSoon: byCadence.filter((p) => p.status === "due" || p.status === "due-soon"),
    drifting: people.filter((p) => p.drifting && !isDue(p)),
    birthdays: report.birthdays,
    waiting: open.filter((c) => c.direction === "owed-to-me"),
    snoozed: people.filter((p) => p.status === "snoozed"),
  };
}
