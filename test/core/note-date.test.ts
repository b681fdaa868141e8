import { describe, expect, it } from "vitest";
import { momentDateParser } from "../../src/cli/read-vault";
import { dailyNoteDate, linkedDate } from "../../src/core/note-date";

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
