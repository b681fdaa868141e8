import { describe, expect, it } from "vitest";
import { appendLine, commitmentLine, interactionLine, markTaskDone, personLink } from "../../../src/core/edit/note-edit";

describe("appendLine", () => {
  it.each([
    ["", { text: "- [[A]] \n", lineIndex: 0 }],
    ["# Day\n", { text: "# Day\n- [[A]] \n", lineIndex: 1 }],
    ["# Day", { text: "# Day\n- [[A]] \n", lineIndex: 1 }],
    ["# Day\n\n- one\n", { text: "# Day\n\n- one\n- [[A]] \n", lineIndex: 3 }],
  ])("after %j", (text, expected) => {
    expect(appendLine(text, "- [[A]] ")).toEqual(expected);
  });
});

describe("lines Rapport writes", () => {
  it("links a person by name, or by name and the alias picked", () => {
    expect(personLink("Alice Chen")).toBe("[[Alice Chen]]");
    expect(personLink("Alice Chen", "Ali")).toBe("[[Alice Chen|Ali]]");
    expect(interactionLine("Alice Chen")).toBe("- [[Alice Chen]] ");
  });

  it("writes commitments as Tasks-plugin tasks", () => {
    expect(commitmentLine("Alice Chen", "  send the   article ", "2026-11-30")).toBe("- [ ] [[Alice Chen]] send the article 📅 2026-11-30");
    expect(commitmentLine("Alice Chen", "call back", null)).toBe("- [ ] [[Alice Chen]] call back");
  });
});

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
