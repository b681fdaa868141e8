import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { momentDateParser } from "../../../src/cli/read-vault";
import { readPromiseDate, taskDateFromWords } from "../../../src/core/parse/promise-date";

const days = { dailyNotes: { folder: "Journal", format: "YYYY/MM/DD.MM.YYYY" }, parseDate: momentDateParser };
// Wednesday 18 November 2026: the note the task is written in.
const NOTE = "2026-11-18";
const read = (text: string) => taskDateFromWords(text, NOTE, days);

describe("a task's due date from its words", () => {
  it.each([
    ["send [[Alice]] the deck by Friday", "2026-11-20", "by Friday"],
    ["send the deck by Friday.", "2026-11-20", "by Friday."],
    ["call [[Bob]] tomorrow before Friday", "2026-11-19", "before Friday"],
    ["renew the lease until Dec 5", "2026-12-05", "until Dec 5"],
    ["the report is due Monday", "2026-11-23", "due Monday"],
    ["report due: tomorrow", "2026-11-19", "due: tomorrow"],
    ["lunch with [[Eve]] on Dec 5 #lunch", "2026-12-05", "on Dec 5"],
    ["lunch with [[Eve]] on Dec 5 #lunch #food ^abc", "2026-12-05", "on Dec 5"],
    ["book the room on Friday ⏫ 🔁 every week", "2026-11-20", "on Friday"],
    ["book the room by end of the month [priority:: high]", "2026-11-30", "by end of the month"],
    ["review by tomorrow owner:: me", "2026-11-19", "by tomorrow"],
    ["send the deck BY friday", "2026-11-20", "BY friday"],
    // The vault's own daily-note format (its last part), and a link to a daily note.
    ["send the deck by 04.12.2026", "2026-12-04", "by 04.12.2026"],
    ["send the deck by [[2026/12/04.12.2026]]", "2026-12-04", "by [[2026/12/04.12.2026]]"],
    ["send the deck by [[2026-12-04]]", "2026-12-04", "by [[2026-12-04]]"],
  ])("%s -> %s (%s)", (text, date, words) => {
    expect(read(text)).toMatchObject({ date, words });
  });

  it("the last keyword counts: 'by Friday on Zoom' has no date", () => {
    expect(read("talk with [[Bob]] by Friday on Zoom")).toBeNull();
    expect(read("notes on May's talk")).toBeNull();
    expect(read("send it by Friday to [[Alice]]")).toBeNull();
    expect(read("call [[Bob]] tomorrow")).toBeNull();
    expect(read("drop by [[Alice]]'s place")).toBeNull();
    // A keyword inside a word is no keyword.
    expect(read("standby Friday")).toBeNull();
  });

  it.each([
    ["before today", '"before today" is 2026-11-17, before the note\'s date 2026-11-18'],
    ["on Nov 1", '"on Nov 1" is 2026-11-01, before the note\'s date 2026-11-18'],
    ["by last Friday", '"by last Friday" is 2026-11-13, before the note\'s date 2026-11-18'],
    ["by next Friday", '"by next Friday" reads two ways (2026-11-20 or 2026-11-27)'],
    ["by 5/6", '"by 5/6" reads two ways (2027-05-06 or 2026-06-05)'],
    ["by December", '"by December" names no single day'],
  ])("'%s' is a problem, not a guess", (text, problem) => {
    expect(read(`send the deck ${text}`)).toMatchObject({ problem });
  });

  it("says where the words are, for a form that takes them out", () => {
    expect(read("send the deck by Friday #work")).toEqual({ date: "2026-11-20", words: "by Friday", at: 14 });
  });
});

describe("readPromiseDate: the Add promise form's words", () => {
  it("reads the words whole when no keyword is in them, else the phrase after the last", () => {
    expect(readPromiseDate("Friday", NOTE, days)).toEqual({ date: "2026-11-20", words: "Friday", at: 0 });
    expect(readPromiseDate("  in 3 days ", NOTE, days)).toEqual({ date: "2026-11-21", words: "in 3 days", at: 2 });
    expect(readPromiseDate("2026-11-30", NOTE, days)).toEqual({ date: "2026-11-30", words: "2026-11-30", at: 0 });
    expect(readPromiseDate("send the deck by Friday", NOTE, days)).toEqual({ date: "2026-11-20", words: "by Friday", at: 14 });
    expect(readPromiseDate("before Dec 5", NOTE, days)).toEqual({ date: "2026-12-04", words: "before Dec 5", at: 0 });
    expect(readPromiseDate("send the deck", NOTE, days)).toBeNull();
    expect(readPromiseDate("", NOTE, days)).toBeNull();
    expect(readPromiseDate("yesterday", NOTE, days)).toEqual({ problem: '"yesterday" is 2026-11-17, before the note\'s date 2026-11-18', words: "yesterday", at: 0 });
  });
});

describe("any words", () => {
  const pieces = fc.constantFrom("by", "on", "before", "due", "until", "Friday", "tomorrow", "Dec 5", "5/6", "#tag", "[[Ann]]", "[[", "]]", "::", "📅", " ", "  ", "\t", "(", ")", "[", "]", "^x", "x");
  it("give a date on or after the note's, a problem, or nothing, and never throw", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 20 }), (parts) => {
        const text = parts.join(" ");
        for (const result of [read(text), readPromiseDate(text, NOTE, days)]) {
          if (result === null) continue;
          if ("date" in result) expect(result.date >= NOTE).toBe(true);
          else expect(typeof result.problem).toBe("string");
          expect(text.slice(result.at).startsWith(result.words)).toBe(true);
        }
      }),
    );
  });

  it("are read in time linear in their length", () => {
    // Megabytes of tags, fields and keywords: each scan looks at each character a bounded number of times.
    const hostile = ["#a ".repeat(300_000), "a".repeat(1_000_000), "by ".repeat(300_000), "x:".repeat(500_000), "[a:: ".repeat(200_000), " ^".repeat(500_000)];
    for (const text of hostile) expect(() => read(text)).not.toThrow();
  });
});
