/**
 * How many things ask for the user today, for the status bar: people whose check-in (or first meeting's
 * follow-up) is due or overdue, promises I owe and replies I owe that are due today or overdue. Snoozed
 * people and promises owed to me do not count.
 */
import type { DueReport } from "./due-report";

export function dueTodayCount(report: DueReport): number {
  const people = report.people.filter((p) => p.status === "overdue" || p.status === "due").length;
  const promises = report.commitments.filter((c) => c.status === "open" && c.direction === "owed-by-me" && c.due !== null && c.due <= report.today).length;
  const replies = report.replies.filter((r) => r.status === "open" && r.due <= report.today).length;
  return people + promises + replies;
}
