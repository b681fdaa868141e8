import { describe, expect, it } from "vitest";
import { groupCounts, reportForGroup } from "../../../src/core/report/groups";
import { buildModel, person } from "../../helpers/model-builder";

const model = buildModel({
  "Ann.md": person("cadence: weekly", "groups: [work, Friends]"),
  "Ben.md": person("cadence: weekly", "last_contact: 2026-11-20", "groups: [family]"),
  "Cy.md": person("groups: [work]"),
  "2026-11-02.md": "- [ ] Send [[Ann]] the notes 📅 2026-11-10\n- [[Ben]] asked #asked\n- [ ] Call [[Cy]]",
});
const report = model.report("2026-11-23");

describe("the due list by group", () => {
  it("keeps one group's people and everything about them, in any case", () => {
    const work = reportForGroup(report, "Work");
    expect(work.people.map((p) => p.name)).toEqual(["Ann", "Cy"]);
    expect(work.commitments.map((c) => c.text)).toEqual(["Send the notes", "Call"]);
    expect(work.replies).toEqual([]);
    expect(work.followThrough).toMatchObject({ overdue: 1, open: 1 });
    expect(reportForGroup(report, "#family").replies.map((r) => r.person)).toEqual(["Ben"]);
    expect(reportForGroup(report, "")).toBe(report);
  });

  it("counts each group's people and those due", () => {
    expect(groupCounts(report)).toEqual([
      { group: "family", people: 1, due: 1 },
      { group: "friends", people: 1, due: 1 },
      { group: "work", people: 2, due: 1 },
    ]);
  });
});
