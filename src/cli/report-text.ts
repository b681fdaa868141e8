/** The due list and a person's timeline as readable, aligned text for a terminal. */
import type { DueReport } from "../core/report/due-report";
import { dueSections } from "../core/report/due-sections";
import type { UnresolvedName } from "../core/index/contributions";
import type { Problem } from "../core/problem";
import type { TimelineEvent } from "../core/report/timeline";
import { dayCount, relativeDay } from "../core/text/wording";
import { table } from "./table";

function section(title: string, rows: string[][]): string[] {
  return rows.length === 0 ? [] : ["", title, ...table(rows)];
}

export function dueText(report: DueReport, windows: { dueSoonDays: number; birthdayDays: number }): string {
  const { today } = report;
  const sections = dueSections(report, windows.dueSoonDays);
  const ended = report.people.filter((p) => p.status === "ended");
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
    ...section("Commitments I owe, overdue or due soon", sections.promisesDue.map(commitmentRow)),
    ...section("Check-ins overdue", sections.overdue.map(personRow)),
    ...section(`Due today or in the next ${dayCount(windows.dueSoonDays)}`, sections.dueSoon.map(personRow)),
    ...section(
      `Birthdays in the next ${dayCount(windows.birthdayDays)}`,
      sections.birthdays.map((b) => [b.person, b.date, relativeDay(b.date, today), b.turns === null ? "" : `turns ${b.turns}`]),
    ),
    ...section("Waiting on others", sections.waiting.map(commitmentRow)),
    ...section("Promises with no date", sections.promisesUndated.map(commitmentRow)),
    ...section("Snoozed", sections.snoozed.map((p) => [p.name, `until ${p.snoozeUntil ?? ""}`, p.due === null ? "" : `due ${p.due}`])),
    ...section("Cadence ended", ended.map((p) => [p.name, p.cadenceText ?? "", `last contact ${relativeDay(p.lastContact, today)}`])),
  ];
  const f = report.followThrough;
  lines.push("", `Follow-through: ${f.keptOnTime} kept on time, ${f.keptLate} kept late, ${f.overdue} overdue, ${f.open} open.`);
  lines.push(`${peopleCount(report.people, ended.length)}.`);
  if (report.problems.length > 0) lines.push(`${count(report.problems.length, "problem")}: run "rapport check" to list them.`);
  const names = new Set(report.unresolved.map((u) => u.name)).size;
  if (names > 0) lines.push(`${count(names, "name links", "names link")} no note yet; "rapport check" lists them too.`);
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

/** Names that link no note yet, each with the notes that link it: they may be people to create. */
export function unresolvedText(unresolved: readonly UnresolvedName[]): string {
  if (unresolved.length === 0) return "";
  const byName = new Map<string, string[]>();
  for (const u of unresolved) byName.set(u.name, [...(byName.get(u.name) ?? []), `${u.path}:${u.line}`]);
  const rows = [...byName].map(([name, places]) => [name, places.join(", ")]);
  return ["", `${count(byName.size, "name links", "names link")} no note yet (not problems; they may be people):`, ...table(rows)].join("\n") + "\n";
}

export function problemsText(problems: Problem[], noteCount: number): string {
  if (problems.length === 0) return `No problems in ${count(noteCount, "note")}.\n`;
  const rows = problems.map((p) => [p.line === null ? p.path : `${p.path}:${p.line}`, p.message]);
  return [`${count(problems.length, "problem")} in ${count(noteCount, "note")}:`, ...table(rows)].join("\n") + "\n";
}

/**
 * "12 people, 3 without a cadence", then those not tracked (`cadence: none`) and those whose cadence
 * has ended, when there are any. Without a cadence means none is written and no default applies.
 */
function peopleCount(people: DueReport["people"], ended: number): string {
  const without = people.filter((p) => p.cadence === null).length;
  const notTracked = people.filter((p) => p.cadenceText === "not tracked").length;
  const parts = [count(people.length, "person", "people"), `${without} without a cadence`];
  if (notTracked > 0) parts.push(`${notTracked} not tracked`);
  if (ended > 0) parts.push(`${ended} ended`);
  return parts.join(", ");
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
