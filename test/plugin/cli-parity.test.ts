/**
 * One vault, one answer: the CLI and the plugin read the same saved settings (the plugin's data.json)
 * and give the same people, check-ins, promises and birthdays.
 */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { run } from "../../src/cli/commands";
import type { DueReport } from "../../src/core/report/due-report";
import { loadVault, pinToday } from "./harness";

const VAULT = "test/fixtures/settings-vault";
const TODAY = "2026-11-23";

beforeEach(() => pinToday(`${TODAY}T09:30:00`));
afterEach(() => vi.useRealTimers());

function cliReport(vault: string): DueReport {
  let out = "";
  run(["due", "--vault", vault, "--today", TODAY, "--json", "--no-cache"], (text) => (out += text));
  return JSON.parse(out) as DueReport;
}

const brief = (report: DueReport) => ({
  people: report.people.map((p) => [p.name, p.path, p.cadence, p.lastContact, p.due, p.status]),
  commitments: report.commitments.map((c) => [c.person, c.text, c.due, c.direction, c.status, c.daysOverdue]),
  birthdays: report.birthdays,
  followThrough: report.followThrough,
  problems: report.problems,
});

it("the CLI and the plugin give the same due list on a vault with its own settings", async () => {
  const { plugin, root } = await loadVault(VAULT);
  const fromPlugin = brief(plugin.report() as DueReport);
  expect(brief(cliReport(root))).toEqual(fromPlugin);
  // And that list is the one the settings make: another person type, tag and folder, other property
  // names, a default cadence, wider windows, another waiting tag and daily notes in Log/DD-MM-YYYY.
  expect(fromPlugin.people).toEqual([
    ["Bo", "Notes/Bo.md", "monthly", "2026-10-01", "2026-11-01", "overdue"],
    ["Ada", "Folks/Ada.md", "every 2 weeks", "2026-11-12", "2026-11-26", "due-soon"],
    ["Cy", "Notes/Cy.md", "every 3 weeks", "2026-11-12", "2026-12-03", "snoozed"],
  ]);
  expect(fromPlugin.commitments).toEqual([
    ["Bo", "Send the plan", "2026-11-20", "owed-by-me", "open", 3],
    ["Cy", "to return the ladder", "2026-11-28", "owed-to-me", "open", 0],
    ["Ada", "Thank", "2026-11-10", "owed-by-me", "done", 0],
  ]);
  expect(fromPlugin.birthdays).toEqual([{ person: "Ada", path: "Folks/Ada.md", date: "2026-12-10", inDays: 17, turns: 38 }]);
  expect(fromPlugin.problems).toEqual([]);
});
