import fc from "fast-check";
import moment from "moment";
import { describe, expect, it } from "vitest";
import { momentDateParser } from "../../../src/cli/read-vault";
import { dailyNoteDate, linkedDate } from "../../../src/core/parse/note-date";

describe("dailyNoteDate", () => {
  it.each([
    ["2026-11-05.md", "", "YYYY-MM-DD", "2026-11-05"],
    ["Journal/2026-11-05.md", "Journal", "YYYY-MM-DD", "2026-11-05"],
    ["2026-11-05.md", "Journal", "YYYY-MM-DD", null],
    ["Journal/2026/11/2026-11-05.md", "Journal", "YYYY/MM/YYYY-MM-DD", "2026-11-05"],
    ["Journal/2026/11/2026-11-05 Thursday.md", "Journal", "YYYY/MM/YYYY-MM-DD dddd", "2026-11-05"],
    ["Journal/2026/11/2026-11-05 Friday.md", "Journal", "YYYY/MM/YYYY-MM-DD dddd", null],
    ["Daily/5 November 2026.md", "Daily", "D MMMM YYYY", "2026-11-05"],
    ["Daily/Thu, Nov 05 2026.md", "Daily", "ddd, MMM DD YYYY", "2026-11-05"],
    ["Daily/2026-W45-4.md", "Daily", "GGGG-[W]WW-E", "2026-11-05"],
    ["2026-02-30.md", "", "YYYY-MM-DD", null],
    ["2026-11-05 notes.md", "", "YYYY-MM-DD", null],
    ["Projects/Roadmap.md", "", "YYYY-MM-DD", null],
  ])("%s in %j as %s -> %s", (path, folder, format, expected) => {
    expect(dailyNoteDate(path, { folder, format }, momentDateParser)).toBe(expected);
  });
});

describe("linkedDate", () => {
  const config = { folder: "Journal", format: "YYYY/MM/YYYY-MM-DD dddd" };
  it.each([
    ["2026-11-05", "2026-11-05"],
    ["Journal/2026/11/2026-11-05 Thursday", "2026-11-05"],
    ["2026/11/2026-11-05 Thursday", "2026-11-05"],
    ["2026-11-05 Thursday", "2026-11-05"],
    ["Alice Chen", null],
    ["2026-02-30", null],
  ])("[[%s]] -> %s", (target, expected) => {
    expect(linkedDate(target, config, momentDateParser)).toBe(expected);
  });
});

describe("numeric formats are read without moment, with moment's answers", () => {
  // The oracle: moment's strict parse and round trip, as strictDateParser does for every other format.
  const byMoment = (text: string, format: string) => {
    const parsed = moment(text, format, true);
    // Moment's answer, within the years Rapport reads (1000-9999).
    return parsed.isValid() && parsed.format(format) === text && parsed.year() >= 1000 ? parsed.format("YYYY-MM-DD") : null;
  };
  const formats = ["YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "DD.MM.YYYY", "MM-DD-YYYY", "[Day] YYYY_MM_DD", "YYYY-MM-DD [at] [home]", "YYYY/YYYY-MM-DD (DD)"];
  const piece = fc.constantFrom("0", "1", "2", "9", "00", "02", "12", "13", "29", "30", "31", "2024", "2026", "0000", "-", "/", ".", "_", " ", "Day ", " at home", "(", ")", "W");

  it.each([
    ["2026-11-05", "YYYY-MM-DD", "2026-11-05"],
    ["2024/2024-02-29", "YYYY/YYYY-MM-DD", "2024-02-29"],
    ["2025/2024-02-29", "YYYY/YYYY-MM-DD", null],
    ["2025/2026-11-05", "YYYY/YYYY-MM-DD", null],
    ["2026-02-30", "YYYY-MM-DD", null],
    ["2026-1-05", "YYYY-MM-DD", null],
    ["05.11.2026", "DD.MM.YYYY", "2026-11-05"],
    ["Day 2026_11_05", "[Day] YYYY_MM_DD", "2026-11-05"],
  ])("%s in %s -> %s", (text, format, expected) => {
    expect(momentDateParser(text, format)).toBe(expected);
    expect(byMoment(text, format)).toBe(expected);
  });

  it("agrees with moment on any text", () => {
    const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 8 }).map((p) => p.join("")));
    fc.assert(
      fc.property(fc.constantFrom(...formats), text, (format, input) => momentDateParser(input, format) === byMoment(input, format)),
      { numRuns: 3000 },
    );
  });

  it("agrees with moment on texts shaped like the format, each number drawn on its own", () => {
    const number = (digits: number) => fc.integer({ min: 0, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, "0"));
    const shaped = (format: string) =>
      fc.tuple(...format.split(/(YYYY|MM|DD|\[[^\]]*\])/).map((part) =>
        part === "YYYY" ? fc.oneof(number(4), fc.constantFrom("2024", "2026")) : part === "MM" || part === "DD" ? number(2) : fc.constant(part.replace(/^\[|\]$/g, "")),
      )).map((parts) => ({ format, text: parts.join("") }));
    fc.assert(
      fc.property(fc.constantFrom(...formats).chain(shaped), ({ format, text }) => momentDateParser(text, format) === byMoment(text, format)),
      { numRuns: 3000 },
    );
  });

  it("agrees with moment on every day of a leap year and the days around it", () => {
    for (const format of formats) {
      for (let day = moment.utc("2023-12-25"); day.isBefore("2025-01-05"); day.add(1, "day")) {
        const text = day.format(format);
        expect(momentDateParser(text, format)).toBe(day.format("YYYY-MM-DD"));
      }
    }
  });
});
