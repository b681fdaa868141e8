/**
 * A vault kept as many Obsidian users now keep one (categories as links, meetings in their own notes,
 * notes named by their date, templates folders, links to notes not written yet), read by the CLI and
 * by the plugin in the stand-in to the same people, contacts and problems.
 */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { readVault, vaultSettings } from "../../src/cli/read-vault";
import type { DueReport } from "../../src/core/report/due-report";
import { timeline } from "../../src/core/report/timeline";
import { loadVault, pinToday } from "./harness";

const VAULT = "test/fixtures/categories-vault";
const TODAY = "2023-10-20";

beforeEach(() => pinToday(`${TODAY}T09:30:00`));
afterEach(() => vi.useRealTimers());

const brief = (report: DueReport) => ({
  people: report.people.map((p) => [p.name, p.cadence, p.lastContact, p.due, p.status]),
  birthdays: report.birthdays.map((b) => [b.person, b.date]),
  problems: report.problems,
  unresolved: report.unresolved,
});

it("finds every person, counts every meeting, and reports no problem that is not one", async () => {
  const { model } = readVault(VAULT, vaultSettings(VAULT));
  const fromCli = brief(model.report(TODAY));
  const { plugin } = await loadVault(VAULT);
  expect(brief(plugin.report() as DueReport)).toEqual(fromCli);
  expect(fromCli.people).toEqual([
    // categories: ["[[People]]"], last seen at the meeting whose `people` property links her
    ["Steph Ango", "every month", "2023-09-12", "2023-10-12", "overdue"],
    // the person tag; the meeting's `author` does not count as meeting him. First met ten days ago: the
    // new acquaintance's follow-up, three days after, comes before his quarterly check-in.
    ["Tom Ruiz", "quarterly", "2023-10-10", "2023-10-13", "overdue"],
    // categories: ["[[People]]"] on one line, called in a note dated by its name
    ["Ana Lima", "every 2 weeks", "2023-10-05", "2023-10-19", "overdue"],
  ]);
  expect(fromCli.birthdays).toEqual([["Steph Ango", "2023-10-30"]]);
  // `date: {{date}}` and `<% tp.date.now() %>` in the templates folders are not problems.
  expect(fromCli.problems).toEqual([]);
  expect(fromCli.unresolved).toEqual([
    { name: "Emergence", path: "Daily/2023-10-10.md", line: 1 },
    { name: "Out of Control", path: "Daily/2023-10-10.md", line: 1 },
  ]);
  // The meeting reads as its title, with its tags as kinds.
  expect(timeline(model, "People/Steph Ango.md")).toEqual([
    { kind: "interaction", date: "2023-09-12", path: "Meetings/2023-09-12 Meeting with Steph.md", line: 5, text: "2023-09-12 Meeting with Steph", kinds: ["meetings"] },
  ]);
});
