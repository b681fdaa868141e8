import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteFromGrayMatter } from "../../../src/cli/frontmatter";
import { momentDateParser } from "../../../src/cli/read-vault";
import { Cadences } from "../../../src/core/calendar/cadences";
import { parseNote } from "../../../src/core/parse/note";
import { withDefaults } from "../../../src/core/settings";

const ctx = { settings: withDefaults({ dailyNotes: { folder: "Journal", format: "YYYY-MM-DD" } }), parseDate: momentDateParser, cadences: new Cadences() };
const parse = (path: string, text: string) => parseNote(noteFromGrayMatter(path, text), ctx);
const brief = (path: string, text: string) =>
  parse(path, text).entries.map((e) => ({ line: e.line, date: e.date, text: e.text, links: e.links, tags: e.tags, task: e.task }));

describe("dating a note", () => {
  it.each([
    ["Journal/2026-11-05.md", "", "2026-11-05"],
    ["Meetings/Review.md", "---\ndate: 2026-10-31\n---\n", "2026-10-31"],
    ["Meetings/Review.md", "---\ndate: 2026-10-31T14:00\n---\n", "2026-10-31"],
    ["Journal entry.md", "---\njournal-date: 2026-10-30\n---\n", "2026-10-30"],
    ["Projects/Plan.md", "", null],
  ])("%s -> %s", (path, text, date) => {
    expect(parse(path, text).date).toBe(date);
  });

  it("reports an impossible date field", () => {
    expect(parse("M.md", "---\ndate: 2026-02-30\n---\n").problems).toEqual([{ path: "M.md", line: 2, message: "date: 2026-02-30 is not a calendar date" }]);
  });
});

describe("entries", () => {
  it("keeps items that link, with lines counted from the top of the file", () => {
    const text = "---\ntitle: x\n---\n# Day\n- Coffee with [[Alice Chen|Ali]] #coffee\n- Wrote the plan\n- Lunch with [[Bob]], [[Carol]]";
    expect(brief("Journal/2026-11-05.md", text)).toEqual([
      { line: 5, date: null, text: "Coffee with [[Alice Chen|Ali]] #coffee", links: ["Alice Chen"], tags: ["coffee"], task: null },
      { line: 7, date: null, text: "Lunch with [[Bob]], [[Carol]]", links: ["Bob", "Carol"], tags: [], task: null },
    ]);
  });

  it("reads an item's own leading date, plain or as a link to its day", () => {
    expect(brief("Journal/2026-11-20.md", "- 2026-11-05 Called [[Alice]]\n- [[2026-11-06]]: met [[Bob]]\n- 2026-11-07: [[Carol]]")).toEqual([
      { line: 1, date: "2026-11-05", text: "Called [[Alice]]", links: ["Alice"], tags: [], task: null },
      { line: 2, date: "2026-11-06", text: "met [[Bob]]", links: ["Bob"], tags: [], task: null },
      { line: 3, date: "2026-11-07", text: "[[Carol]]", links: ["Carol"], tags: [], task: null },
    ]);
  });

  it("gives sub-items' links to their item, but keeps sub-tasks apart", () => {
    const text = "- Dinner with [[Alice]]\n  - she brought [[Bob]]\n    - and [[Carol]]\n  - [ ] Send [[Alice]] the recipe\n- Meetings\n  - [[Dan]]\n  - [[Eve]]";
    expect(brief("Journal/2026-11-05.md", text).map((e) => [e.line, e.links])).toEqual([
      [1, ["Alice", "Bob", "Carol"]],
      [4, ["Alice"]],
      [6, ["Dan"]],
      [7, ["Eve"]],
    ]);
  });

  it("reads tasks: status, due date in either format, done date", () => {
    const text = [
      "- [ ] Send [[Alice]] the article 📅 2026-11-30",
      "- [x] Call [[Bob]] [due:: 2026-11-10] ✅ 2026-11-12",
      "- [X] Thank [[Carol]] due:: 2026-11-01 [completion:: 2026-10-30]",
      "- [-] Visit [[Dan]]",
      "- [/] Draft [[Eve]]'s intro",
    ].join("\n");
    const lines = text.split("\n");
    expect(brief("Notes/Tasks.md", text).map((e) => e.task)).toEqual([
      { status: "open", due: "2026-11-30", dueWords: null, done: null, line: lines[0] },
      { status: "done", due: "2026-11-10", dueWords: null, done: "2026-11-12", line: lines[1] },
      { status: "done", due: "2026-11-01", dueWords: null, done: "2026-10-30", line: lines[2] },
      { status: "cancelled", due: null, dueWords: null, done: null, line: lines[3] },
      { status: "open", due: null, dueWords: null, done: null, line: lines[4] },
    ]);
  });

  it("in an undated note, keeps only what can count: tasks and items with their own date", () => {
    const text = "- Met [[Alice]] about the plan\n- 2026-11-04 Called [[Bob]]\n- [ ] Send [[Alice]] the plan";
    expect(brief("Projects/Plan.md", text).map((e) => [e.line, e.date, e.links])).toEqual([
      [2, "2026-11-04", ["Bob"]],
      [3, null, ["Alice"]],
    ]);
  });

  it("in a person's own note, keeps dated items and tasks even without links", () => {
    const text = "---\ntype: person\n---\n- 2026-10-02 Met at the meetup #event\n- Likes climbing\n- [ ] Send the photos";
    expect(brief("People/Alice.md", text).map((e) => [e.line, e.date, e.text])).toEqual([
      [4, "2026-10-02", "Met at the meetup #event"],
      [6, null, "Send the photos"],
    ]);
  });

  it("reports impossible dates with their line, and keeps the item undated", () => {
    const note = parse("Journal/2026-11-05.md", "- ok\n- 2026-02-30 Called [[Alice]]\n- [ ] Ask [[Bob]] 📅 2026-13-01");
    expect(note.problems).toEqual([
      { path: "Journal/2026-11-05.md", line: 2, message: "2026-02-30 is not a calendar date" },
      { path: "Journal/2026-11-05.md", line: 3, message: "due date 2026-13-01 is not a calendar date" },
    ]);
    expect(note.entries.map((e) => [e.date, e.task?.due ?? null])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("a note that opens with --- and never closes it has no frontmatter, and its links count", () => {
    const note = parse("Journal/2026-11-05.md", "---\n- [[Alice]] at the party");
    expect(note.person).toBeNull();
    expect(note.entries.map((e) => [e.line, e.links])).toEqual([[2, ["Alice"]]]);
  });

  it("a note whose frontmatter does not parse keeps its body and reports the YAML problem", () => {
    const note = parse("People/Broken.md", "---\ntype: [person\n---\n- 2026-11-01 [[Alice]]");
    expect(note.problems).toEqual([{ path: "People/Broken.md", line: 3, message: "frontmatter is not valid YAML: unexpected end of the stream within a flow collection" }]);
    expect(note.entries).toHaveLength(1);
  });
});

describe("a promise's date in words", () => {
  // Wednesday 18 November 2026.
  const DAY = "Journal/2026-11-18.md";
  const tasks = (path: string, text: string, settings = ctx) => parseNote(noteFromGrayMatter(path, text), settings).entries.map((e) => [e.task?.due ?? null, e.task?.dueWords ?? null]);

  it("is read in tasks of dated notes, against the note's date; an explicit date always wins", () => {
    const text = [
      "- [ ] send [[Alice]] the deck by Friday",
      "- [ ] send [[Alice]] the deck by Friday 📅 2026-12-01",
      "- [ ] send [[Alice]] the deck by Friday [due:: 2026-12-02]",
      "- [x] sent [[Bob]] the notes before Monday ✅ 2026-11-20",
      "- [ ] [[Bob]] notes on May's talk",
      "- Lunch with [[Carol]] on Friday",
    ].join("\n");
    expect(tasks(DAY, text)).toEqual([
      ["2026-11-20", "by Friday"],
      ["2026-12-01", null],
      ["2026-12-02", null],
      ["2026-11-22", "before Monday"],
      [null, null],
      [null, null],
    ]);
  });

  it("is not read in an undated note, nor when the setting is off", () => {
    expect(tasks("Projects/Plan.md", "- [ ] send [[Alice]] the deck by Friday")).toEqual([[null, null]]);
    const off = { ...ctx, settings: { ...ctx.settings, plainWordDates: false } };
    expect(tasks(DAY, "- [ ] send [[Alice]] the deck by Friday", off)).toEqual([[null, null]]);
  });

  it("reads two ways or falls before the note: a problem on an open promise, silence on a kept one", () => {
    const note = parse(DAY, "- [ ] call [[Alice]] by next Friday\n- [ ] call [[Bob]] on Nov 1\n- [x] called [[Carol]] on Nov 1\n- [ ] water the plants by 5/6");
    expect(note.problems).toEqual([
      { path: DAY, line: 1, message: '"by next Friday" reads two ways (2026-11-20 or 2026-11-27); write the day as 📅 YYYY-MM-DD' },
      { path: DAY, line: 2, message: '"on Nov 1" is 2026-11-01, before the note\'s date 2026-11-18; write the day as 📅 YYYY-MM-DD' },
    ]);
    expect(note.entries.map((e) => e.task?.due ?? null)).toEqual([null, null, null]);
  });

  it("past 200 tasks in one note, the rest keep no date from their words, and the note says so once", () => {
    const text = Array.from({ length: 203 }, () => "- [ ] call [[Alice]] by Friday").join("\n");
    const note = parse(DAY, text);
    expect(note.entries.filter((e) => e.task?.due === "2026-11-20")).toHaveLength(200);
    expect(note.problems).toEqual([{ path: DAY, line: 201, message: "more than 200 tasks in one note: from here on, dates in words are not read (write 📅 YYYY-MM-DD)" }]);
  });
});

describe("things to ask about", () => {
  it("are read from every line of a person's note, outside code and quotes", () => {
    const text = "---\ntype: person\n---\nask:: 2026-12-05 her interview\n- [ask:: 2026-12-10 the move] and more\n`ask:: 2026-12-11 code`\n> ask:: 2026-12-12 quoted\n```\nask:: 2026-12-13 fenced\n```\nask:: soon\nASK:: 2026-02-30 x";
    const note = parse("People/Ana.md", text);
    expect(note.asks).toEqual([
      { line: 4, date: "2026-12-05", about: "her interview", links: [] },
      { line: 5, date: "2026-12-10", about: "the move", links: [] },
    ]);
    expect(note.problems).toEqual([
      { path: "People/Ana.md", line: 11, message: 'ask:: wants a day first, as in "ask:: 2026-12-05 her interview"' },
      { path: "People/Ana.md", line: 12, message: "ask:: 2026-02-30 is not a calendar date" },
    ]);
  });

  it("are read from interactions and their sub-items, for the people they link", () => {
    const text = "- Coffee with [[Ana]] ask:: 2026-12-05 her interview\n- Lunch with [[Bo]]\n  - ask:: 2026-12-06 the trip\n- [ ] call [[Cy]] ask:: 2026-12-07 not a task's\n- no one ask:: 2026-12-08 nobody";
    expect(parse("Journal/2026-11-18.md", text).asks).toEqual([
      { line: 1, date: "2026-12-05", about: "her interview", links: ["Ana"] },
      { line: 2, date: "2026-12-06", about: "the trip", links: ["Bo"] },
    ]);
  });
});

describe("any text", () => {
  const piece = fc.constantFrom("---\n", "type: person\n", "cadence: ", "every 2 weeks", "__proto__", "\n", "- ", "- [ ] ", "- [x] ", "[[", "]]", "Alice", "|", "#", "📅 ", "✅ ", "2026-11-05", "2026-02-30", "due:: ", "[[2026-11-05]]", "```\n", "<!--", "-->", "> ", "  ", "\t", "birthday: --02-30\n", "aliases: [", "date: ", " by Friday", " on 5/6", " before ", "ask:: ", "[ask:: ", "reply_within: x\n");
  const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 30 }).map((p) => p.join("")));

  it("yields facts or problems, never a throw (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom("Journal/2026-11-05.md", "People/Alice.md", "Notes/x.md"), text, (path, body) => {
        const note = parse(path, body);
        expect(note.path).toBe(path);
        for (const problem of note.problems) expect(problem.path).toBe(path);
      }),
      { numRuns: 1000 },
    );
  });
});
