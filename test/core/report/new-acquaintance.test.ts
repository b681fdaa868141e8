import { describe, expect, it } from "vitest";
import { dueSections } from "../../../src/core/report/due-sections";
import { buildModel, person } from "../../helpers/model-builder";

const row = (files: Record<string, string>, today: string, settings = {}) => buildModel(files, settings).report(today).people.find((p) => p.name === "Lena");

describe("a new acquaintance", () => {
  const met = { "Lena.md": person(), "2026-11-20.md": "- Met [[Lena]] at the conference" };

  it("is due a follow-up three days after the first meeting, even with no cadence", () => {
    expect(row(met, "2026-11-21")).toMatchObject({ due: "2026-11-23", status: "due-soon", reason: "new-acquaintance", cadence: null, lastContact: "2026-11-20" });
    expect(row(met, "2026-11-25")).toMatchObject({ due: "2026-11-23", status: "overdue", daysOverdue: 2, reason: "new-acquaintance" });
    const s = dueSections(buildModel(met).report("2026-11-23"), 7);
    expect([s.newAcquaintances.map((p) => p.name), s.dueSoon.length, s.overdue.length]).toEqual([["Lena"], 0, 0]);
  });

  it("until the next interaction on a later day; another on the same day does not count", () => {
    expect(row({ ...met, "2026-11-22.md": "- Coffee with [[Lena]]" }, "2026-11-25")).toMatchObject({ due: null, status: "untracked", reason: null });
    expect(row({ ...met, "Meetings/x.md": "---\ndate: 2026-11-20\n---\n- [[Lena]] again" }, "2026-11-25")).toMatchObject({ reason: "new-acquaintance" });
  });

  it("only when the first meeting is within the last two weeks (today and the 13 days before)", () => {
    expect(row(met, "2026-12-03")).toMatchObject({ reason: "new-acquaintance", daysOverdue: 10 });
    expect(row(met, "2026-12-04")).toMatchObject({ reason: null, status: "untracked" });
    // Someone in the vault since long ago (a dated line of 2020 in their note) raises none.
    expect(row({ ...met, "Lena.md": `${person()}- 2020-01-02 Met at a meetup` }, "2026-11-21")).toMatchObject({ reason: null });
    // ...nor someone whose last_contact says they were in touch another day.
    expect(row({ ...met, "Lena.md": person("last_contact: 2026-09-01") }, "2026-11-21")).toMatchObject({ reason: null });
  });

  it("comes before a cadence's check-in only when it is earlier", () => {
    expect(row({ ...met, "Lena.md": person("cadence: weekly") }, "2026-11-21")).toMatchObject({ due: "2026-11-23", reason: "new-acquaintance" });
    expect(row({ ...met, "Lena.md": person("cadence: daily") }, "2026-11-21")).toMatchObject({ due: "2026-11-21", reason: "cadence" });
  });

  it("none with cadence: none, when snoozed, or with the setting at 0", () => {
    expect(row({ ...met, "Lena.md": person("cadence: none") }, "2026-11-21")).toMatchObject({ reason: null, status: "untracked" });
    expect(row({ ...met, "Lena.md": person("snooze_until: 2026-12-01") }, "2026-11-21")).toMatchObject({ reason: null, due: null });
    expect(row(met, "2026-11-21", { newAcquaintanceDays: 0 })).toMatchObject({ reason: null });
    expect(row(met, "2026-11-21", { newAcquaintanceDays: 1 })).toMatchObject({ due: "2026-11-21", status: "due" });
  });
});
