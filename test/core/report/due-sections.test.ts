import { expect, it } from "vitest";
import { dueSections } from "../../../src/core/report/due-sections";
import { buildModel, person } from "../../helpers/model-builder";

const model = buildModel({
  "Ann.md": person("cadence: weekly", "groups: [work]"),
  "Ben.md": person("cadence: weekly", "last_contact: 2026-11-20", "groups: [family]"),
  "Cy.md": person("cadence: weekly", "snooze_until: 2026-12-01", "birthday: --11-25"),
  "2026-11-02.md": [
    "- [[Ann]] lunch",
    "- [ ] Send [[Ann]] the notes 📅 2026-11-10",
    "- [ ] Call [[Ben]] 📅 2026-11-27",
    "- [ ] Call [[Ben]] in spring 📅 2027-03-01",
    "- [ ] [[Cy]] to return the ladder #waiting",
    "- [ ] Ask [[Ann]] about the move",
  ].join("\n"),
});

const names = (rows: Array<{ name?: string; person?: string; text?: string }>) => rows.map((r) => r.text ?? r.name ?? r.person);

it("cuts the report into the sections a reader goes by", () => {
  const s = dueSections(model.report("2026-11-23"), 7);
  expect(names(s.promisesDue)).toEqual(["Send the notes", "Call"]);
  expect(names(s.promisesUndated)).toEqual(["Ask about the move"]);
  expect(names(s.overdue)).toEqual(["Ann"]);
  expect(names(s.dueSoon)).toEqual(["Ben"]);
  expect(names(s.birthdays)).toEqual(["Cy"]);
  expect(names(s.waiting)).toEqual(["to return the ladder"]);
  expect(names(s.snoozed)).toEqual(["Cy"]);
});

it("has a section for each loop, and first-meeting follow-ups apart from check-ins", () => {
  const loops = buildModel({
    "Ann.md": person("cadence: weekly", "groups: [work]"),
    "Lena.md": person("groups: [work]"),
    "Bo.md": person("groups: [family]"),
    "2025-01-01.md": "- [[Ann]] and [[Bo]], long ago",
    "2026-11-20.md": "- [[Ann]] asked about the plan #asked\n- Met [[Lena]]\n- [[Bo]] fixed my bike #helped\n- [[Bo]] ask:: 2026-11-23 his race",
  }).report("2026-11-23");
  const s = dueSections(loops, 7);
  expect(names(s.replies)).toEqual(["asked about the plan"]);
  expect(names(s.thanks)).toEqual(["fixed my bike"]);
  expect(s.asks.map((a) => [a.person, a.about])).toEqual([["Bo", "his race"]]);
  expect(names(s.newAcquaintances)).toEqual(["Lena"]);
  expect(names(s.dueSoon)).toEqual(["Ann"]);
  expect(names(s.overdue)).toEqual([]);
  const family = dueSections(loops, 7, "family");
  expect([family.replies.length, family.thanks.length, family.asks.length, family.newAcquaintances.length]).toEqual([0, 1, 1, 0]);
});

it("keeps only one group's people and their promises", () => {
  const s = dueSections(model.report("2026-11-23"), 7, "family");
  expect(names(s.promisesDue)).toEqual(["Call"]);
  expect([s.overdue, s.birthdays, s.waiting, s.snoozed].map((rows) => rows.length)).toEqual([0, 0, 0, 0]);
  expect(names(s.dueSoon)).toEqual(["Ben"]);
});
