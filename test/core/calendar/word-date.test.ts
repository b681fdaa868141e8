import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PHRASE, nextWeekday, readWordDate } from "../../../src/core/calendar/word-date";

// Wednesday 18 November 2026, the day of the note the words are in.
const WEDNESDAY = "2026-11-18";

describe("a day in words, read against the note's day", () => {
  it.each([
    ["tomorrow", "2026-11-19"],
    ["today", "2026-11-18"],
    ["in 3 days", "2026-11-21"],
    ["in three days", "2026-11-21"],
    ["in 2 weeks", "2026-12-02"],
    ["next week", "2026-11-25"],
    ["end of the month", "2026-11-30"],
    ["the end of the month", "2026-11-30"],
    ["Dec 5", "2026-12-05"],
    ["December 5th", "2026-12-05"],
    ["5 December 2026", "2026-12-05"],
    ["Friday, Dec 4", "2026-12-04"],
    ["Jan 5", "2027-01-05"],
    ["2026-12-05", "2026-12-05"],
  ])("%s is %s", (phrase, date) => {
    expect(readWordDate(phrase, WEDNESDAY)).toEqual({ date });
  });

  it.each([
    // A weekday alone is the first such day after the note's day: never the note's own day.
    ["Friday", "2026-11-20"],
    ["friday.", "2026-11-20"],
    ["Fri", "2026-11-20"],
    ["Wednesday", "2026-11-25"],
    ["Monday", "2026-11-23"],
    ["the weekend", "2026-11-21"],
    // "this" and "next" are read the same way when both weeks agree.
    ["this Friday", "2026-11-20"],
    ["next Monday", "2026-11-23"],
  ])("the weekday %s is %s", (phrase, date) => {
    expect(readWordDate(phrase, WEDNESDAY)).toEqual({ date });
  });

  it("a weekday is the first such day after each day of the week", () => {
    const days = ["2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21"];
    expect(days.map((day) => readWordDate("Friday", day))).toEqual(
      ["2026-11-20", "2026-11-20", "2026-11-20", "2026-11-20", "2026-11-20", "2026-11-27", "2026-11-27"].map((date) => ({ date })),
    );
    expect(nextWeekday("2026-12-31", 5)).toBe("2027-01-01");
  });

  it.each([
    // "next Friday" on a Wednesday: the 20th or the 27th?
    ["next Friday", "reads two ways (2026-11-20 or 2026-11-27)"],
    ["5/6", "reads two ways (2027-05-06 or 2026-06-05)"],
    ["05.06.2026", "reads two ways (2026-05-06 or 2026-06-05)"],
    ["Friday or Monday", "reads two ways (2026-11-20 or 2026-11-16)"],
    ["Dec 5 - Dec 7", "reads two ways (2026-12-05 or 2026-12-07)"],
    ["Monday, Dec 4", "reads two ways (2026-12-04 is not a Monday)"],
    ["December", "names no single day"],
    ["next month", "names no single day"],
  ])("%s is a problem: %s", (phrase, problem) => {
    expect(readWordDate(phrase, WEDNESDAY)).toEqual({ problem });
  });

  it.each(["May's talk", "the talk", "noon", "Zoom", "the deck and Friday", "mid-December", "", "   ", "x".repeat(MAX_PHRASE + 1)])("%j is not a date", (phrase) => {
    expect(readWordDate(phrase, WEDNESDAY)).toBeNull();
  });

  it("does not read '3 days ago' or 'from now': chrono's parsers of those are left out (see word-date.ts)", () => {
    expect(readWordDate("3 days ago", WEDNESDAY)).toBeNull();
    expect(readWordDate("two weeks from now", WEDNESDAY)).toBeNull();
    expect(readWordDate("3 days later", WEDNESDAY)).toBeNull();
    expect(readWordDate("within 3 days", WEDNESDAY)).toEqual({ date: "2026-11-21" });
  });

  it("reads across a change of summer time and the end of February", () => {
    // Summer time ends in Los Angeles on 1 November 2026 and began in Europe on 29 March.
    expect(readWordDate("in 3 days", "2026-10-30")).toEqual({ date: "2026-11-02" });
    expect(readWordDate("tomorrow", "2026-10-31")).toEqual({ date: "2026-11-01" });
    expect(readWordDate("tomorrow", "2026-03-28")).toEqual({ date: "2026-03-29" });
    expect(readWordDate("tomorrow", "2028-02-28")).toEqual({ date: "2028-02-29" });
    expect(readWordDate("end of the month", "2028-02-10")).toEqual({ date: "2028-02-29" });
  });

  it("any text gives a date, a problem or nothing, and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 3000 }), (text, offset) => {
        const day = new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
        const read = readWordDate(text, day);
        expect(read === null || "date" in read || "problem" in read).toBe(true);
        if (read && "date" in read) expect(read.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});
