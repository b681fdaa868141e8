import { describe, expect, it } from "vitest";
import { findLine, isRecurringTask, markTaskDone, replaceLine } from "../../../src/core/edit/task-line";

describe("markTaskDone", () => {
  it.each([
    ["- [ ] Send [[Alice]] the article 📅 2026-11-30", "- [x] Send [[Alice]] the article 📅 2026-11-30 ✅ 2026-11-23"],
    ["  * [/] Draft intro  ", "  * [x] Draft intro ✅ 2026-11-23"],
    ["1. [ ] Call [[Bob]]", "1. [x] Call [[Bob]] ✅ 2026-11-23"],
    ["- [x] Already done ✅ 2026-11-20", null],
    ["- [-] Cancelled", null],
    ["- Not a task", null],
    ["Plain text", null],
  ])("%s", (line, expected) => {
    expect(markTaskDone(line, "2026-11-23")).toBe(expected);
  });
});

describe("findLine: the line a row was made from, or none", () => {
  const note = "# Day\n- [ ] Send [[Alice]] the deck\n- [ ] Call [[Bob]]\n";
  it.each([
    ["at its place", note, 2, 1],
    ["moved down by a line added above it", "# Day\n- [ ] Call [[Alice]]\n- [ ] Send [[Alice]] the deck\n- [ ] Call [[Bob]]\n", 2, 2],
    ["gone", "# Day\n- [ ] Call [[Bob]]\n", 2, null],
    ["changed", "# Day\n- [ ] Send [[Alice]] the deck today\n- [ ] Call [[Bob]]\n", 2, null],
    ["twice elsewhere", "# Day\n\n- [ ] Send [[Alice]] the deck\n- [ ] Send [[Alice]] the deck\n", 2, null],
    ["in a CRLF note", "# Day\r\n- [ ] Send [[Alice]] the deck\r\n", 2, 1],
  ])("%s", (_what, text, line, expected) => {
    expect(findLine(text, line, "- [ ] Send [[Alice]] the deck")).toBe(expected);
  });
});

it("tells a recurring task of the Tasks plugin", () => {
  expect(isRecurringTask("- [ ] Call [[Mum]] 🔁 every week 📅 2026-11-29")).toBe(true);
  expect(isRecurringTask("- [ ] Call [[Mum]] 📅 2026-11-29")).toBe(false);
});

describe("replaceLine", () => {
  it("replaces one line, keeping the note's line breaks, with one line or several", () => {
    expect(replaceLine("a\r\nb\r\nc", 1, "B")).toBe("a\r\nB\r\nc");
    expect(replaceLine("a\nb\n", 1, "next\ndone")).toBe("a\nnext\ndone\n");
    expect(replaceLine("a\r\nb", 1, "next\ndone")).toBe("a\r\nnext\r\ndone");
    expect(replaceLine("a\n", 5, "x")).toBe("a\n");
  });
});
