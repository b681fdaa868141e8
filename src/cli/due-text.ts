/** The due list as readable, aligned text for a terminal: the sections of `dueSections`, then the counts. */
import type { DueReport, PersonRow } from "../core/report/due-report";
import { dueSections } from "../core/report/due-sections";
import { groupCounts, reportForGroup } from "../core/report/groups";
import { dayCount, lastContactWords, overdueWords, relativeDay } from "../core/text/wording";
import { count } from "./report-text";
import { table } from "./table";

function section(title: string, rows: string[][]): string[] {
  return rows.length === 0 ? [] : ["", title, ...table(rows)];
}

/** `group` "" for everyone; else the list of that group's members, and the counts are theirs. */
export function dueText(whole: DueReport, windows: { dueSoonDays: number; birthdayDays: number }, group = ""): string {
  const report = reportForGroup(whole, group);
  const { today } = report;
  const sections = dueSections(report, windows.dueSoonDays);
  const ended = report.people.filter((p) => p.status === "ended");
  const personRow = (p: PersonRow) => [
    p.name,
    (p.cadenceText ?? "") + (p.cadenceGroup === null ? "" : ` (${p.cadenceGroup})`),
    lastContactWords(p.lastContact, today),
    p.due === null ? "" : `due ${p.due}`,
    (p.daysOverdue > 0 ? overdueWords(p.daysOverdue) : relativeDay(p.due, today)) + (p.drifting ? ", drifting" : ""),
  ];
  const commitmentRow = (c: DueReport["commitments"][number]) => [
    c.person,
    c.text,
    c.due === null ? "no due date" : `due ${c.due}` + (c.dueWords === null ? "" : ` ("${c.dueWords}")`),
    c.daysOverdue > 0 ? overdueWords(c.daysOverdue) : c.due === null ? "" : relativeDay(c.due, today),
    `${c.path}:${c.line}`,
  ];
  const lines = [
    `Due to reconnect, ${today}${group === "" ? "" : `, group ${group}`}`,
    ...section("Promises I owe, overdue or due soon", sections.promisesDue.map(commitmentRow)),
    ...section(
      "Replies I owe",
      sections.replies.map((r) => [r.person, r.text, `asked ${r.asked}`, r.daysOverdue > 0 ? overdueWords(r.daysOverdue) : `reply ${relativeDay(r.due, today)}`, `${r.path}:${r.line}`]),
    ),
    ...section("Thanks to give", sections.thanks.map((t) => [t.person, t.text, `${t.source} ${relativeDay(t.since, today)}`, `${t.path}:${t.line}`])),
    ...section("Ask about", sections.asks.map((a) => [a.person, a.about, `from ${a.date}`, `${a.path}:${a.line}`])),
    ...section("Check-ins overdue", sections.overdue.map(personRow)),
    ...section(
      "Follow up with new acquaintances",
      sections.newAcquaintances.map((p) => [p.name, `met ${relativeDay(p.lastContact, today)}`, `due ${p.due ?? ""}`, p.daysOverdue > 0 ? overdueWords(p.daysOverdue) : relativeDay(p.due, today)]),
    ),
    ...section(`Due today or in the next ${dayCount(windows.dueSoonDays)}`, sections.dueSoon.map(personRow)),
    ...section("Drifting", sections.drifting.map((p) => [p.name, `usually every ${dayCount(p.rhythmDays ?? 0)}`, lastContactWords(p.lastContact, today)])),
    ...section(
      `Birthdays in the next ${dayCount(windows.birthdayDays)}`,
      sections.birthdays.map((b) => [b.person, b.date, relativeDay(b.date, today), b.turns === null ? "" : `turns ${b.turns}`]),
    ),
    ...section("Waiting on others", sections.waiting.map(commitmentRow)),
    ...section("Promises with no date", sections.promisesUndated.map(commitmentRow)),
    ...section("Snoozed", sections.snoozed.map((p) => [p.name, `until ${p.snoozeUntil ?? ""}`, p.due === null ? "" : `due ${p.due}`])),
    ...section("Cadence ended", ended.map((p) => [p.name, p.cadenceText ?? "", lastContactWords(p.lastContact, today)])),
  ];
  const f = report.followThrough;
  lines.push("", `Follow-through: ${f.keptOnTime} kept on time, ${f.keptLate} kept after the date, ${f.overdue} overdue, ${f.open} open.`);
  const { replies, thanks } = f;
  if (replies.inTime + replies.late + replies.overdue + replies.open + thanks.given + thanks.owed > 0) {
    lines.push(`Replies: ${replies.inTime} answered in time, ${replies.late} answered after the day, ${replies.overdue} overdue, ${replies.open} open. Thanks: ${thanks.given} given, ${thanks.owed} owed.`);
  }
  lines.push(`${peopleCount(report.people, ended.length)}.`);
  const groups = groupCounts(whole);
  if (group === "" && groups.length > 0) lines.push(`Groups (due of people): ${groups.map((g) => `${g.group} ${g.due} of ${g.people}`).join(", ")}.`);
  if (report.problems.length > 0) lines.push(`${count(report.problems.length, "problem")}: run "rapport check" to list them.`);
  const names = new Set(report.unresolved.map((u) => u.name)).size;
  if (names > 0) lines.push(`${count(names, "name links", "names link")} no note yet; "rapport check" lists them too.`);
  return lines.join("\n") + "\n";
}

/**
 * "12 people, 3 without a cadence", then those not tracked (`cadence: none`) and those whose cadence
 * has ended, when there are any. Without a cadence means none is written and no group or default applies.
 */
function peopleCount(people: DueReport["people"], ended: number): string {
  const without = people.filter((p) => p.cadence === null).length;
  const notTracked = people.filter((p) => p.cadenceText === "not tracked").length;
  const parts = [count(people.length, "person", "people"), `${without} without a cadence`];
  if (notTracked > 0) parts.push(`${notTracked} not tracked`);
  if (ended > 0) parts.push(`${ended} ended`);
  return parts.join(", ");
}
