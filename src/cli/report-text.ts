/** The due list and a person's timeline as readable, aligned text for a terminal. */
import { daysBetween } from "../core/dates";
import type { DueReport } from "../core/due-report";
import type { Problem } from "../core/problem";
import type { TimelineEvent } from "../core/timeline";
import { dayCount, relativeDay } from "../core/wording";
import { table } from "./table";

function section(title: string, rows: string[][]): string[] {
  return rows.length === 0 ? [] : ["", title, ...table(rows)];
}

export function dueText(report: DueReport, windows: { dueSoonDays: number; birthdayDays: number }): string {
  const { today } = report;
  const open = report.commitments.filter((c) => c.status === "open");
  const soon = (due: string | null) => due !== null && due >= today && daysBetween(today, due) <= windows.dueSoonDays;
  const byStatus = (status: string) => report.people.filter((p) => p.status === status);
  const personRow = (p: DueReport["people"][number]) => [
    p.name,
    p.cadenceText ?? "",
    `last contact ${relativeDay(p.lastContact, today)}`,
    p.due === null ? "" : `due ${p.due}`,
    p.daysOverdue > 0 ? `${dayCount(p.daysOverdue)} late` : relativeDay(p.due, today),
  ];
  const commitmentRow = (c: DueReport["commitments"][number]) => [
    c.person,
    c.text,
    c.due === null ? "no due date" : `due ${c.due}`,
    c.daysOverdue > 0 ? `${dayCount(c.daysOverdue)} overdue` : c.due === null ? "" : relativeDay(c.due, today),
    `${c.path}:${c.line}`,
  ];
  const lines = [
    `Due to reconnect, ${today}`,
    ...section(
      "Commitments I owe, overdue or due soon",
      open.filter((c) => c.direction === "owed-by-me" && (c.daysOverdue > 0 || soon(c.due))).map(commitmentRow),
    ),
    ...section("Check-ins overdue", byStatus("overdue").map(personRow)),
    ...section(`Due today or in the next ${dayCount(windows.dueSoonDays)}`, [...byStatus("due"), ...byStatus("due-soon")].map(personRow)),
    ...section(
      `Birthdays in the next ${dayCount(windows.birthdayDays)}`,
      report.birthdays.map((b) => [b.person, b.date, relativeDay(b.date, today), b.turns === null ? "" : `turns ${b.turns}`]),
    ),
    ...section("Waiting on others", open.filter((c) => c.direction === "owed-to-me").map(commitmentRow)),
    ...section("Snoozed", byStatus("snoozed").map((p) => [p.name, `until ${p.snoozeUntil ?? ""}`, p.due === null ? "" : `due ${p.due}`])),
  ];
  const f = report.followThrough;
  lines.push("", `Follow-through: ${f.keptOnTime} kept on time, ${f.keptLate} kept late, ${f.overdue} overdue, ${f.open} open.`);
  const untracked = byStatus("untracked").length;
  lines.push(`${count(report.people.length, "person", "people")}, ${untracked} without a cadence.`);
  if (report.problems.length > 0) lines.push(`${count(report.problems.length, "problem")}: run "rapport check" to list them.`);
  return lines.join("\n") + "\n";
}

export function timelineText(name: string, events: TimelineEvent[], today: string): string {
  const rows = events.map((e) => [
    e.date ?? "(undated)",
    e.kind === "interaction" ? relativeDay(e.date, today) : `${e.status ?? ""} commitment`,
    e.text || "(no text)",
    `${e.path}:${e.line}`,
  ]);
  const lines = [`${name}: ${count(events.length, "entry", "entries")}, newest first`, ...table(rows)];
  return lines.join("\n") + "\n";
}

export function problemsText(problems: Problem[], noteCount: number): string {
  if (problems.length === 0) return `No problems in ${count(noteCount, "note")}.\n`;
  const rows = problems.map((p) => [p.line === null ? p.path : `${p.path}:${p.line}`, p.message]);
  return [`${count(problems.length, "problem")} in ${count(noteCount, "note")}:`, ...table(rows)].join("\n") + "\n";
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
