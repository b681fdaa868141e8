/**
 * The due list by group (`groups:` in a person's note): one group's share of it, and how many people
 * each group has and how many of them are due. Group names compare as tags do: any case, `#` optional.
 */
import { groupName } from "../parse/person";
import { compareText } from "../text/compare";
import type { DueReport } from "./due-report";
import { addFollowThrough, noFollowThrough } from "./follow-through";

export interface GroupCount {
  group: string;
  people: number;
  /** Members whose check-in or first-meeting follow-up is overdue, due today or due soon. */
  due: number;
}

/** The due list of one group's members only (`group` "" is everyone); problems and unresolved names stay whole. */
export function reportForGroup(report: DueReport, group: string): DueReport {
  const key = groupName(group);
  if (key === "") return report;
  const people = report.people.filter((p) => p.groups.includes(key));
  const members = new Set(people.map((p) => p.path));
  const followThrough = noFollowThrough();
  for (const p of people) addFollowThrough(followThrough, p.followThrough);
  return {
    ...report,
    people,
    commitments: report.commitments.filter((c) => members.has(c.personPath)),
    birthdays: report.birthdays.filter((b) => members.has(b.path)),
    followThrough,
    replies: report.replies.filter((r) => members.has(r.personPath)),
    thanks: report.thanks.filter((t) => members.has(t.personPath)),
    asks: report.asks.filter((a) => members.has(a.personPath)),
  };
}

/** Every group anyone is in, by name, with its count of people and of those due. */
export function groupCounts(report: DueReport): GroupCount[] {
  const counts = new Map<string, GroupCount>();
  for (const p of report.people) {
    const due = p.status === "overdue" || p.status === "due" || p.status === "due-soon";
    for (const group of new Set(p.groups)) {
      const count = counts.get(group) ?? { group, people: 0, due: 0 };
      count.people++;
      if (due) count.due++;
      counts.set(group, count);
    }
  }
  return [...counts.values()].sort((a, b) => compareText(a.group, b.group));
}
