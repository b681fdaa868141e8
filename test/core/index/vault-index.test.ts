import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteFromGrayMatter } from "../../../src/cli/frontmatter";
import { timeline } from "../../../src/core/report/timeline";
import { buildModel, person, type Files } from "../../helpers/model-builder";

describe("link resolution, as Obsidian resolves links", () => {
  const model = buildModel({
    "People/Alice Chen.md": person("aliases: [Ali, Alice C.]"),
    "People/Bob.md": person(),
    "Work/Bob.md": person(),
    "Journal/Bob.md": "# not a person",
    "Ali.txt.md": "# unrelated",
    "Archive/Team/Carol.md": person(),
  });
  it.each([
    ["Alice Chen", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["alice chen", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["People/Alice Chen", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["people/alice chen", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["Ali", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["ALICE C.", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["Bob", "Work/Notes.md", "Work/Bob.md"],
    ["Bob", "Journal/2026-11-05.md", "Journal/Bob.md"],
    ["Bob", "Other/Note.md", "Work/Bob.md"], // none beside it: the shortest path
    ["Work/Bob", "Journal/2026-11-05.md", "Work/Bob.md"],
    ["Nobody", "Journal/2026-11-05.md", null],
    ["Other/Alice Chen", "Journal/2026-11-05.md", null],
    ["/People/Alice Chen", "Journal/2026-11-05.md", "People/Alice Chen.md"],
    ["team/carol", "Journal/2026-11-05.md", "Archive/Team/Carol.md"], // a path's end is enough
    ["eam/Carol", "Journal/2026-11-05.md", null], // ...but whole folders only
  ])("[[%s]] from %s -> %s", (target, from, expected) => {
    expect(model.index.resolve(target, from)).toBe(expected);
  });
});

describe("notes that say nothing", () => {
  it("keep their name and give their facts when asked, until they say something", () => {
    const model = buildModel({ "People/Ann.md": person(), "Notes/Ideas.md": "# Ideas\n\nSee [[Other]].\n- a list item" });
    const silent = { path: "Notes/Ideas.md", basename: "Ideas", person: null, date: null, entries: [], asks: [], problems: [], brokenFrontmatter: false };
    expect(model.get("Notes/Ideas.md")).toEqual(silent);
    expect([...model.index.all()].map((n) => n.path)).toEqual(["People/Ann.md", "Notes/Ideas.md"]);
    expect([...model.index.notesThatSaySomething()].map((n) => n.path)).toEqual(["People/Ann.md"]);
    expect(model.index.resolve("Ideas", "Journal/2026-11-05.md")).toBe("Notes/Ideas.md");

    model.upsert(noteFromGrayMatter("Notes/Ideas.md", "- [ ] Ask [[Ann]] about it"));
    expect(model.get("Notes/Ideas.md")?.entries.map((e) => e.text)).toEqual(["Ask [[Ann]] about it"]);
    expect([...model.index.notesThatSaySomething()].map((n) => n.path)).toEqual(["People/Ann.md", "Notes/Ideas.md"]);

    model.remove("Notes/Ideas.md");
    expect(model.get("Notes/Ideas.md")).toBeUndefined();
    expect(model.index.resolve("Ideas", "Journal/2026-11-05.md")).toBeNull();
  });
});

describe("interactions resolved to people", () => {
  it("counts every form of link to a person, once per item", () => {
    const model = buildModel({
      "People/Alice Chen.md": person("aliases: [Ali]", "cadence: weekly"),
      "2026-11-01.md": "- [[Alice Chen]]",
      "2026-11-02.md": "- [[Alice Chen|Alice]] and [[Ali]] again",
      "2026-11-03.md": "- [[People/Alice Chen]]",
      "2026-11-04.md": "- [[Alice Chen#Work]]",
      "2026-11-05.md": "- [Alice](People/Alice%20Chen.md)",
    });
    expect(timeline(model, "People/Alice Chen.md").map((e) => [e.date, e.path])).toEqual([
      ["2026-11-05", "2026-11-05.md"],
      ["2026-11-04", "2026-11-04.md"],
      ["2026-11-03", "2026-11-03.md"],
      ["2026-11-02", "2026-11-02.md"],
      ["2026-11-01", "2026-11-01.md"],
    ]);
  });

  it("one item that links three people is an interaction with each", () => {
    const model = buildModel({
      "A.md": person("cadence: weekly"),
      "B.md": person("cadence: weekly"),
      "C.md": person("cadence: weekly"),
      "2026-11-05.md": "- Dinner with [[A]], [[B]] and [[C]] #dinner",
    });
    expect(model.report("2026-11-06").people.map((p) => [p.name, p.lastContact])).toEqual([
      ["A", "2026-11-05"],
      ["B", "2026-11-05"],
      ["C", "2026-11-05"],
    ]);
  });

  it("reports an ambiguous alias and a name two people share, and lists apart the names that link no note", () => {
    const model = buildModel({
      "People/Alex Kim.md": person("aliases: [AK]"),
      "People/Alex King.md": person("aliases: [AK]"),
      "Work/Alex Kim.md": person(),
      "2026-11-05.md": "- Met [[AK]]\n- Met [[Nobody Known]]\n- Read [[Some Book]] (not an interaction: it names no person)",
      "Projects/Ideas.md": "- [[Unwritten idea]] (undated: never a problem)",
    });
    const report = model.report("2026-11-06");
    expect(report.unresolved).toEqual([
      { name: "Nobody Known", path: "2026-11-05.md", line: 2 },
      { name: "Some Book", path: "2026-11-05.md", line: 3 },
    ]);
    expect(report.problems).toEqual([
      { path: "2026-11-05.md", line: 1, message: "[[AK]] is an alias of People/Alex Kim.md and People/Alex King.md; link the note itself" },
      { path: "People/Alex Kim.md", line: null, message: 'the name or alias "ak" is shared with People/Alex King.md; links by it are ambiguous' },
      { path: "People/Alex Kim.md", line: null, message: 'the name or alias "alex kim" is shared with Work/Alex Kim.md; links by it are ambiguous' },
      { path: "People/Alex King.md", line: null, message: 'the name or alias "ak" is shared with People/Alex Kim.md; links by it are ambiguous' },
      { path: "Work/Alex Kim.md", line: null, message: 'the name or alias "alex kim" is shared with People/Alex Kim.md; links by it are ambiguous' },
    ]);
  });
});

describe("incremental updates", () => {
  const base: Files = {
    "People/Alice.md": person("cadence: every 2 weeks", "aliases: [Ali]"),
    "People/Bob.md": person("cadence: monthly"),
    "2026-11-01.md": "- Coffee with [[Alice]]",
  };

  it("replacing a note updates only what it says", () => {
    const model = buildModel(base);
    model.upsert(noteFromGrayMatter("2026-11-01.md", "- Coffee with [[Bob]]"));
    const people = model.report("2026-11-10").people;
    expect(people.find((p) => p.name === "Alice")?.lastContact).toBeNull();
    expect(people.find((p) => p.name === "Bob")?.lastContact).toBe("2026-11-01");
  });

  it("a renamed person keeps the history that links to the new name", () => {
    const model = buildModel(base);
    model.rename("People/Alice.md", noteFromGrayMatter("People/Alice Chen.md", base["People/Alice.md"] as string));
    // Obsidian rewrites links on rename; the host then re-indexes the notes it changed.
    model.upsert(noteFromGrayMatter("2026-11-01.md", "- Coffee with [[Alice Chen]]"));
    expect(timeline(model, "People/Alice Chen.md").map((e) => e.date)).toEqual(["2026-11-01"]);
    expect(model.get("People/Alice.md")).toBeUndefined();
  });

  const paths = ["People/Alice.md", "People/Bob.md", "People/Carol.md", "2026-11-01.md", "2026-11-02.md", "Meetings/M.md"];
  const texts = [
    person("cadence: weekly", "aliases: [Ali]"),
    person("cadence: monthly", "aliases: [Ali]"),
    person("birthday: --11-20"),
    "- Coffee with [[Alice]] #coffee",
    "- [[Ali]] and [[Bob]]\n  - with [[Carol]]",
    "- [ ] Send [[Bob]] the notes 📅 2026-11-03",
    "- [x] Thank [[Carol]] ✅ 2026-11-02",
    "- [ ] Call [[Alice]] 📅 2026-11-20\n- [ ] Book a table for [[Bob]] and [[Carol]]\n- [-] Visit [[Ali]] 📅 2026-11-01",
    "- [x] Send [[Bob]] the photos 📅 2026-11-01 ✅ 2026-11-05\n- [ ] Ask [[Alice]] back #waiting 📅 2026-11-12",
    "---\ndate: 2026-11-04\n---\n- [[Carol]] presented",
    "---\nbroken: [\n---\n- [[Nobody]]",
    // The loops: an ask, help, a thank-you, something to ask about, a promise dated in words.
    "- [[Bob]] asked about the venue #asked\n- [[Carol]] helped with the move #helped\n  - ask:: 2026-11-20 the new flat",
    "- Thanked [[Carol]] #thanks\n- [[Alice]] replied about the venue\n- [ ] Send [[Bob]] the deck by Friday",
    "",
  ];
  const edit = fc.record({
    path: fc.constantFrom(...paths),
    text: fc.constantFrom(...texts),
    remove: fc.boolean(),
  });

  it("a due list after thousands of edits, more than the change logs keep, is still up to date", () => {
    const files = { "Ann.md": person("cadence: weekly"), "Ben.md": person("cadence: weekly"), "2026-11-01.md": "", "2026-11-02.md": "" };
    const model = buildModel(files);
    model.report("2026-11-10");
    model.upsert(noteFromGrayMatter("2026-11-01.md", "- Coffee with [[Ann]]"));
    for (let i = 0; i < 2100; i++) {
      model.upsert(noteFromGrayMatter("2026-11-02.md", i % 2 ? "- Lunch with [[Ben]]" : "- Call with [[Ben]]"));
      // Another view (a person's timeline) keeps the contacts current between the due lists.
      model.allPeople();
    }
    const rebuilt = buildModel({ ...files, "2026-11-01.md": "- Coffee with [[Ann]]", "2026-11-02.md": "- Call with [[Ben]]" });
    expect(model.report("2026-11-10")).toEqual(rebuilt.report("2026-11-10"));
    expect(model.report("2026-11-10").people.map((p) => [p.name, p.lastContact])).toEqual([
      ["Ann", "2026-11-01"],
      ["Ben", "2026-11-02"],
    ]);
  });

  it("a person is updated when a second note stops naming them after a first note named them", () => {
    const model = buildModel({ "Ann.md": person("cadence: weekly"), "2026-11-01.md": "- Coffee with [[Ann]]", "Plans.md": "" });
    expect(model.report("2026-11-10").people[0]?.lastContact).toBe("2026-11-01");
    model.upsert(noteFromGrayMatter("Plans.md", "- [ ] Call [[Ann]] 📅 2026-11-20"));
    expect(model.report("2026-11-10").people[0]?.followThrough.open).toBe(1);
    model.upsert(noteFromGrayMatter("2026-11-01.md", "- Coffee alone"));
    expect(model.report("2026-11-10").people[0]?.lastContact).toBeNull();
  });

  it("any sequence of edits and deletions gives the same result as building from scratch (property)", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const model = buildModel({});
        const final = new Map<string, string>();
        for (const e of edits) {
          if (e.remove) {
            model.remove(e.path);
            final.delete(e.path);
          } else {
            model.upsert(noteFromGrayMatter(e.path, e.text));
            final.set(e.path, e.text);
          }
          // Query between edits, mostly on one day (what is kept for a day is reused) and now and then on
          // another, so a stale derived view would show.
          model.report("2026-11-10");
          if (e.path.length % 3 === 0) model.report("2026-11-25");
        }
        const rebuilt = buildModel(Object.fromEntries([...final].sort(([a], [b]) => a.localeCompare(b))));
        expect(model.report("2026-11-10")).toEqual(rebuilt.report("2026-11-10"));
        expect(model.report("2026-11-25")).toEqual(rebuilt.report("2026-11-25"));
      }),
      { numRuns: 300 },
    );
  });
});

describe("names in Unicode's two forms", () => {
  const composed = "Jos\u00e9"; // é as one character (NFC)
  const decomposed = "Jose\u0301"; // e and a combining accent (NFD), as some systems write file names

  it("a link in one form reaches a note named in the other", () => {
    const model = buildModel({ [`People/${composed}.md`]: person("cadence: weekly"), "2026-11-05.md": `- Lunch with [[${decomposed}]]` });
    expect(model.report("2026-11-06").people.map((p) => [p.name, p.lastContact])).toEqual([[composed, "2026-11-05"]]);
  });

  it("two people whose names differ only in form share a name, and say so", () => {
    const model = buildModel({ [`People/${composed}.md`]: person(), [`Work/${decomposed}.md`]: person() });
    expect(model.report("2026-11-06").problems.map((p) => p.path)).toEqual([`People/${composed}.md`, `Work/${decomposed}.md`]);
  });
});
