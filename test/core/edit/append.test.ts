import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendItem } from "../../../src/core/edit/append";
import { scanListItems } from "../../../src/core/parse/blocks";
import { bodyOf } from "../../../src/core/parse/frontmatter-block";

const ITEM = "- [[Frank Li]] ";

describe("appendItem", () => {
  it.each([
    ["an empty note", "", "- [[Frank Li]] \n", 0],
    ["a note ending with a line break", "# Day\n", "# Day\n- [[Frank Li]] \n", 1],
    ["a note without a last line break", "# Day", "# Day\n- [[Frank Li]] \n", 1],
    ["a list", "# Day\n\n- one\n", "# Day\n\n- one\n- [[Frank Li]] \n", 3],
    ["a CRLF note", "# Day\r\n- one\r\n", "# Day\r\n- one\r\n- [[Frank Li]] \r\n", 2],
    ["a CRLF note without a last break", "# Day\r\n- one", "# Day\r\n- one\r\n- [[Frank Li]] \r\n", 2],
    ["an old Mac note", "# Day\r- one\r", "# Day\r- one\r- [[Frank Li]] \r", 2],
    ["a callout: a blank line first", "> [!note]\n> call back", "> [!note]\n> call back\n\n- [[Frank Li]] \n", 3],
    ["a block quote: a blank line first", "> quoted\n", "> quoted\n\n- [[Frank Li]] \n", 2],
    ["a block quote and a blank line already", "> quoted\n\n", "> quoted\n\n- [[Frank Li]] \n", 2],
    ["a closed code block", "```\ncode\n```\n", "```\ncode\n```\n- [[Frank Li]] \n", 3],
    ["frontmatter whose YAML holds backticks", "---\nnote: ```\n---\n", "---\nnote: ```\n---\n- [[Frank Li]] \n", 3],
    ["a byte-order mark", "\uFEFF# Day\n", "\uFEFF# Day\n- [[Frank Li]] \n", 1],
  ])("after %s", (_what, note, text, lineIndex) => {
    expect(appendItem(note, ITEM)).toEqual({ text, lineIndex });
  });

  it.each([
    ["a code block never closed", "# Day\n\n```js\nconst x = 1;\n", "the note ends inside a code block opened on line 3"],
    ["a %% comment never closed", "# Day\n%% draft\n- one\n", "the note ends inside a comment opened on line 2"],
    ["an HTML comment never closed", "---\ndate: 2026-11-23\n---\n- one <!-- later\n", "the note ends inside a comment opened on line 4"],
  ])("writes nothing into %s, and says which line opens it", (_what, note, refused) => {
    expect(appendItem(note, ITEM)).toEqual({ refused });
  });

  it("changes no byte of the note before its end, and the item it adds counts (property)", () => {
    const piece = fc.constantFrom("# Day", "- one", "> quote", "> [!note]", "```", "~~~", "%%", "<!--", "-->", "text", "", "  - sub", "\t", "---", "\uFEFF");
    const eol = fc.constantFrom("\n", "\r\n", "\r");
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, eol), { maxLength: 12 }), fc.boolean(), (parts, lastBreak) => {
        let note = parts.map(([text, end]) => text + end).join("");
        if (!lastBreak) note = note.replace(/(\r\n|\r|\n)$/, "");
        const result = appendItem(note, ITEM);
        if ("refused" in result) return;
        expect(result.text.startsWith(note)).toBe(true);
        const { body } = bodyOf(result.text);
        const items = scanListItems(body);
        expect(items[items.length - 1]?.links).toEqual(["Frank Li"]);
      }),
      { numRuns: 3000 },
    );
  });
});
