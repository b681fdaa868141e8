import { describe, expect, it } from "vitest";
import { personSummary } from "../../../src/core/report/person-summary";
import { buildModel, person } from "../../helpers/model-builder";

describe("personSummary", () => {
  const model = buildModel({
    "People/Ann.md": person("cadence: every 2 weeks"),
    "People/Ben.md": person(),
    "2026-11-02.md": "- Coffee with [[Ann]] #coffee\n- [ ] Send [[Ann]] the notes 📅 2026-11-10\n- [ ] [[Ann]] to return the ladder #waiting\n- [x] Call [[Ann]] ✅ 2026-11-04",
    "2026-11-30.md": "- Planned lunch with [[Ann]]",
  });
  const report = model.report("2026-11-23");
  const summary = personSummary(model, report, "People/Ann.md", 1);

  it("gives the person's row and the promises open both ways", () => {
    expect(summary?.row).toMatchObject({ name: "Ann", lastContact: "2026-11-04", due: "2026-11-18", status: "overdue" });
    expect(summary?.owedByMe.map((c) => c.text)).toEqual(["Send the notes"]);
    expect(summary?.owedToMe.map((c) => c.text)).toEqual(["to return the ladder"]);
  });

  it("marks each day with contact on the heatmap, none after today", () => {
    const days = summary?.heatmap.weeks.flat().filter((d) => d !== null && d.count > 0).map((d) => [d?.date, d?.count]);
    expect(days).toEqual([
      ["2026-11-02", 1],
      ["2026-11-04", 1],
    ]);
  });

  it("lists the timeline newest first, the plan included", () => {
    expect(summary?.timeline.map((e) => [e.date, e.kind, e.text])).toEqual([
      ["2026-11-30", "interaction", "Planned lunch with Ann"],
      ["2026-11-10", "commitment", "Send the notes"],
      ["2026-11-04", "commitment", "Call"],
      // The same day: later lines first.
      ["2026-11-02", "commitment", "to return the ladder"],
      ["2026-11-02", "interaction", "Coffee with Ann #coffee"],
    ]);
  });

  it("is null for a note that is no person", () => {
    expect(personSummary(model, report, "2026-11-02.md", 1)).toBeNull();
  });
});
