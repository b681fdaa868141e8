/**
 * The due list cut into the sections a person reads it by, for the sidebar and the CLI alike: promises I
 * owe that are late or due soon, check-ins overdue, check-ins due today or soon, birthdays, promises owed
 * to me, and the snoozed. Optionally only the people of one group.
 */
import { daysBetween } from "../calendar/dates";
import type { BirthdayRow, CommitmentRow, DueReport, PersonRow } from "./due-report";

export interface DueSections {
  promisesDue: CommitmentRow[];
  /** Open promises I owe with no due date: never late, easy to forget. */
  promisesUndated: CommitmentRow[];
  overdue: PersonRow[];
  dueSoon: PersonRow[];
  birthdays: BirthdayRow[];
  waiting: CommitmentRow[];
  snoozed: PersonRow[];
}

/** `group` "" means everyone. */
export function dueSections(report: DueReport, dueSoonDays: number, group = ""): DueSections {
  const { today } = report;
  const members = group === "" ? null : new Set(report.people.filter((p) => p.groups.includes(group)).map((p) => p.path));
  const inGroup = (path: string) => members === null || members.has(path);
  const people = members === null ? report.people : report.people.filter((p) => inGroup(p.path));
  const open = report.commitments.filter((c) => c.status === "open" && inGroup(c.personPath));
  const soon = (due: string | null) => due !== null && due >= today && daysBetween(today, due) <= dueSoonDays;
  return {
    promisesDue: open.filter((c) => c.direction === "owed-by-me" && (c.daysOverdue > 0 || soon(c.due))),
    promisesUndated: open.filter((c) => c.direction === "owed-by-me" && c.due === null),
    overdue: people.filter((p) => p.status === "overdue"),
    dueSoon: people.filter((p) => p.status === "due" || p.status === "due-soon"),
    birthdays: report.birthdays.filter((b) => inGroup(b.path)),
    waiting: open.filter((c) => c.direction === "owed-to-me"),
    snoozed: people.filter((p) => p.status === "snoozed"),
  };
}
