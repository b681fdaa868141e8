import { describe, expect, it } from "vitest";
import { dueSections } from "../../../src/core/report/due-sections";
import { buildModel, person } from "../../helpers/model-builder";

const asks = (files: Record<string, string>, today: string) =>
  buildModel(files)
    .report(today)
    .asks.map(({ person, about, date, status, asked, line }) => ({ person, about, date, status, asked, line }));

describe("ask about it", () => {
  const files = {
    "People/Ana.md": `${person()}ask:: 2026-12-05 her interview`,
    "2026-11-20.md": "- Coffee with [[Ana]] and [[Bo]]\n  - ask:: 2026-11-22 the move",
    "People/Bo.md": person(),
  };

  it("from a person's note or an interaction, surfaces on its day, and clears at the next interaction on or after it", () => {
    expect(asks(files, "2026-11-21")).toEqual([
      { person: "Ana", about: "the move", date: "2026-11-22", status: "open", asked: null, line: 1 },
      { person: "Bo", about: "the move", date: "2026-11-22", status: "open", asked: null, line: 1 },
      { person: "Ana", about: "her interview", date: "2026-12-05", status: "open", asked: null, line: 4 },
    ]);
    // Listed from the day, not before.
    expect(dueSections(buildModel(files).report("2026-11-21"), 7).asks).toEqual([]);
    expect(dueSections(buildModel(files).report("2026-11-22"), 7).asks.map((a) => a.person)).toEqual(["Ana", "Bo"]);
    const later = { ...files, "2026-11-24.md": "- Called [[Ana]]", "2026-12-06.md": "- Lunch with [[Ana]]" };
    expect(asks(later, "2026-12-07").map((a) => [a.person, a.about, a.status, a.asked])).toEqual([
      ["Bo", "the move", "open", null],
      ["Ana", "the move", "asked", "2026-11-24"],
      ["Ana", "her interview", "asked", "2026-12-06"],
    ]);
  });

  it("an ask cleared more than two weeks ago is done with: not listed", () => {
    const old = { "Ana.md": `${person()}ask:: 2026-10-01 the move`, "2026-10-02.md": "- [[Ana]] call" };
    expect(asks(old, "2026-10-15")).toHaveLength(1);
    expect(asks(old, "2026-10-16")).toEqual([]);
  });

  it("an interaction before its day, or the one that holds it, does not clear it; a plan does not either", () => {
    const same = { "Ana.md": person(), "2026-11-20.md": "- [[Ana]] ask:: 2026-11-20 the move", "2026-11-19.md": "- [[Ana]] call", "2026-11-30.md": "- [[Ana]] planned" };
    expect(asks(same, "2026-11-23")[0]).toMatchObject({ status: "open", asked: null });
  });
});
