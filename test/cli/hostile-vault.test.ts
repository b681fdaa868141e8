/**
 * A vault of hostile and unlucky notes (test/fixtures/hostile-vault), read by the CLI's own path: every
 * note gives facts or a problem naming its file and line, and nothing stalls or throws. How long each
 * kind takes is the bench's (its adversarial rows), never a test's.
 */
import { describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { timeline } from "../../src/core/report/timeline";

const report = readVault("test/fixtures/hostile-vault").model.report("2026-11-23");
const row = (name: string) => report.people.find((p) => p.name === name);

describe("a vault of hostile notes", () => {
  it("reports each bad cadence, date and frontmatter with its file, line and reason", () => {
    expect(report.problems.map((p) => `${p.path}:${p.line ?? ""} ${p.message}`)).toEqual([
      "People/Ancient.md:4 last_contact: 0026-11-20: the year is not between 1000 and 9999",
      'People/Bare.md:4 cadence "999999999" is longer than 100 years',
      'People/Eons.md:4 cadence "every 100000 years" is longer than 100 years',
      "People/Future.md:4 last_contact: 2027-01-05 is after today; it counts once its day comes",
      'People/Hour.md:4 cadence "FREQ=DAILY;BYHOUR=25" has BYHOUR=25, outside 0 to 23',
      'People/Interval.md:4 cadence "FREQ=DAILY;INTERVAL=999999999" is longer than 100 years',
      'People/Jose\u0301 Too.md: the name or alias "jos\u00e9" is shared with People/Jos\u00e9.md; links by it are ambiguous',
      'People/Jos\u00e9.md: the name or alias "jos\u00e9" is shared with People/Jose\u0301 Too.md; links by it are ambiguous',
      "People/Laughs.md:16 the cadence is a list, not text",
      "People/Laughs.md:17 birthday: a list is not a date (expected YYYY-MM-DD)",
      "People/Laughs.md:18 last_contact: a list is not a date (expected YYYY-MM-DD)",
      'People/Month 13.md:4 cadence "FREQ=MONTHLY;BYMONTH=13" has BYMONTH=13, outside 1 to 12',
      'People/Never Feb 30.md:4 cadence "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" never falls on a day: no month it names has that day of the month',
      'People/Never Nov 31.md:4 cadence "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;BYDAY=MO" never falls after the last contact (2026-11-05)',
      'People/Setpos.md:4 cadence "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400" has BYSETPOS=400, outside ±1 to ±366',
      "People/Twice.md:4 frontmatter is not valid YAML: duplicated mapping key",
      'People/Week 60.md:4 cadence "FREQ=DAILY;BYWEEKNO=60" has BYWEEKNO=60, outside ±1 to ±53',
      'People/Weeks.md:4 cadence "99999999w" is longer than 100 years',
      'People/Wkst.md:4 cadence "FREQ=WEEKLY;WKST=XX" has WKST=XX, which is not a day of the week (MO to SU)',
      'People/Yearday.md:4 cadence "FREQ=YEARLY;BYYEARDAY=-367" has BYYEARDAY=-367, outside ±1 to ±366',
    ]);
  });

  it("a cadence that has ended is no problem: the person is not due", () => {
    expect(row("Ended")).toMatchObject({ status: "ended", due: null, lastContact: "2026-11-05" });
  });

  it("reads people whose notes start with a byte-order mark, end lines with a lone CR, or escape their type", () => {
    expect(row("Bom")).toMatchObject({ status: "due-soon", lastContact: "2026-11-20", due: "2026-11-27" });
    expect(row("Old Mac")).toMatchObject({ status: "due-soon", lastContact: "2026-11-19", due: "2026-11-26" });
    expect(row("Escaped")).toMatchObject({ status: "due-soon", lastContact: "2026-11-18", due: "2026-11-25" });
  });

  it("finds the links after long runs of backticks, brackets and field-like words", () => {
    expect(row("Al")?.lastContact).toBe("2026-11-01");
    expect(row("Bea")?.lastContact).toBe("2026-11-01");
    expect(row("Cai")?.lastContact).toBe("2026-11-02");
    expect(row("Eli")?.lastContact).toBe("2026-11-03");
    // Behind a comment that never closes: hidden, as Obsidian hides it.
    expect(row("Dov")?.lastContact).toBeNull();
  });

  it("words a promise to a crowd of people once, the same for each of them", () => {
    const thanks = report.commitments.filter((c) => c.path === "Journal/2026-11-02.md");
    expect(thanks.map((c) => c.person)).toEqual(["Al", "Bea", "Cai", "Dov", "Eli"]);
    expect(new Set(thanks.map((c) => c.text)).size).toBe(1);
    expect(thanks[0]?.text.startsWith("Thank Al and Bea and Cai and Dov and Eli and Al and Bea")).toBe(true);
  });

  it("a timeline's words keep the code as it was written", () => {
    const { model } = readVault("test/fixtures/hostile-vault");
    const lunch = timeline(model, "People/Al.md").find((e) => e.kind === "interaction");
    expect(lunch?.text).toBe(`Lunch with ${"`".repeat(5000)} Al`);
  });
});
