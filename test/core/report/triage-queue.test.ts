import { describe, expect, it } from "vitest";
import { triageQueue } from "../../../src/core/report/triage-queue";
import { buildModel, person } from "../../helpers/model-builder";

describe("triageQueue", () => {
  const model = buildModel({
    "People/Ann.md": person("cadence: every 2 weeks"),
    "People/Ben.md": person(),
    "People/Cat.md": person(),
    "People/Dan.md": person(),
    "People/Eve.md": person("cadence: none"),
    "2026-11-02.md": "- Coffee with [[Ben]]\n- Lunch with [[Cat]] and [[Zed]]\n- Met [[Yan]]",
    "2026-11-05.md": "- Called [[Cat]] #call\n- [[zed]] again",
    "2026-11-06.md": "- Walk with [[Cat]]\n- Read [[Cat]]'s draft\n- [[Cat]] at the market",
  });
  const queue = triageQueue(model, model.report("2026-11-23"));

  it("asks about people with no cadence, the most recently seen first, and never those with cadence: none", () => {
    expect(queue.filter((item) => item.kind === "person").map((item) => item.person.name)).toEqual(["Cat", "Ben", "Dan"]);
  });

  it("shows each person's last three contacts, newest first", () => {
    const cat = queue[0];
    expect(cat?.kind === "person" && cat.recent.map((e) => [e.date, e.text])).toEqual([
      ["2026-11-06", "Cat at the market"],
      ["2026-11-06", "Read Cat's draft"],
      ["2026-11-06", "Walk with Cat"],
    ]);
  });

  it("then the names not yet notes, one entry per name whatever its case, the most linked first", () => {
    const names = queue.filter((item) => item.kind === "name");
    expect(names.map((item) => [item.name, item.places.map((p) => `${p.path}:${p.line}`)])).toEqual([
      ["Zed", ["2026-11-02.md:2", "2026-11-05.md:2"]],
      ["Yan", ["2026-11-02.md:3"]],
    ]);
  });
});
