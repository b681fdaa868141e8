import { describe, expect, it } from "vitest";
import { dueSections } from "../../../src/core/report/due-sections";
import { buildModel, person } from "../../helpers/model-builder";

/** Kai, seen on each of `days` (a line each in his own note). */
const kai = (days: string[], ...frontmatter: string[]) => ({ "Kai.md": `${person(...frontmatter)}${days.map((d) => `- ${d} run`).join("\n")}` });
const row = (files: Record<string, string>, today: string) => buildModel(files).report(today).people.find((p) => p.name === "Kai");
const WEEKLY = ["2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27", "2026-11-03"];

describe("drift", () => {
  it("the rhythm is the median gap between the last five days with contact", () => {
    expect(row(kai(WEEKLY), "2026-11-05")).toMatchObject({ rhythmDays: 7, drifting: false });
    // Gaps 1, 2, 10, 20: the median of four is the mean of the middle two.
    expect(row(kai(["2026-01-01", "2026-10-01", "2026-10-02", "2026-10-04", "2026-10-14", "2026-11-03"]), "2026-11-05")).toMatchObject({ rhythmDays: 6 });
    expect(row(kai(WEEKLY.slice(1)), "2026-12-30")).toMatchObject({ rhythmDays: null, drifting: false });
    // last_contact is a day with contact too, in its place among them: gaps 3, 4, 7, 7.
    expect(row(kai(WEEKLY.slice(1), "last_contact: 2026-10-30"), "2026-11-05")).toMatchObject({ rhythmDays: 5.5 });
    expect(row(kai(WEEKLY.slice(1), "last_contact: 2026-10-20"), "2026-11-05")).toMatchObject({ rhythmDays: null });
    expect(row(kai(WEEKLY.slice(1), "last_contact: 2026-09-01"), "2026-11-05")).toMatchObject({ rhythmDays: 7 });
  });

  it("drifting once the days since pass 1.5 x the rhythm, and a week at least", () => {
    expect(row(kai(WEEKLY), "2026-11-13")).toMatchObject({ drifting: false }); // 10 days, 10.5 the limit
    expect(row(kai(WEEKLY), "2026-11-14")).toMatchObject({ drifting: true }); // 11 days
    const daily = kai(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"]);
    expect(row(daily, "2026-11-11")).toMatchObject({ rhythmDays: 1, drifting: false }); // 6 days: under a week
    expect(row(daily, "2026-11-12")).toMatchObject({ drifting: true });
    expect(dueSections(buildModel(kai(WEEKLY)).report("2026-11-14"), 7).drifting.map((p) => p.name)).toEqual(["Kai"]);
  });

  it("not when overdue or snoozed; yes when due soon, before any cadence says overdue", () => {
    expect(row(kai(WEEKLY, "cadence: every 2 weeks"), "2026-11-16")).toMatchObject({ status: "due-soon", drifting: true });
    expect(row(kai(WEEKLY, "cadence: every 2 weeks"), "2026-11-18")).toMatchObject({ status: "overdue", drifting: false });
    expect(row(kai(WEEKLY, "snooze_until: 2026-12-01"), "2026-11-16")).toMatchObject({ drifting: false });
    const s = dueSections(buildModel(kai(WEEKLY, "cadence: every 2 weeks")).report("2026-11-16"), 7);
    // Shown once: in its check-in section, with the flag for a badge.
    expect([s.dueSoon.map((p) => [p.name, p.drifting]), s.drifting]).toEqual([[["Kai", true]], []]);
  });
});
