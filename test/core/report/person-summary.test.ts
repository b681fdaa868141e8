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

  it("gives the drift line and the replies, thank-yous and asks open with them", () => {
    const loops = buildModel({
      "People/Kai.md": `${person()}ask:: 2026-12-05 the marathon\nask:: 2026-11-01 the knee\n- 2026-10-06 run\n- 2026-10-13 run\n- 2026-10-20 run\n- 2026-10-27 run`,
      // The ask on the later line: an interaction after it on the same day would answer it.
      "2026-11-03.md": "- [[Kai]] lent me his watch #helped\n- [[Kai]] asked for my training plan #asked",
    });
    const kai = personSummary(loops, loops.report("2026-11-23"), "People/Kai.md", 1);
    expect(kai?.drift).toEqual({ drifting: true, rhythmDays: 7, daysSince: 20 });
    expect(kai?.replies.map((r) => [r.text, r.due, r.daysOverdue])).toEqual([["asked for my training plan", "2026-11-05", 18]]);
    // The thank-you is no longer owed after two weeks: not listed.
    expect(kai?.thanks).toEqual([]);
    expect(kai?.asks.map((a) => [a.date, a.about])).toEqual([["2026-12-05", "the marathon"]]);
  });

  it("is null for a note that is no person", () => {
    expect(personSummary(model, report, "2026-11-02.md", 1)).toBeNull();
  });
});
