import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanListItems } from "../../../src/core/parse/blocks";

const targets = (text: string) => scanListItems(text).flatMap((item) => item.links);

describe("list items", () => {
  it("reads every marker, checkbox and nesting level", () => {
    const items = scanListItems(["- one", "* two", "+ three", "1. four", "2) five", "  - [ ] open", "\t- [x] done", "- [-] cancelled"].join("\n"));
    expect(items.map((i) => [i.line, i.text, i.checkbox, i.parent])).toEqual([
      [0, "one", null, -1],
      [1, "two", null, -1],
      [2, "three", null, -1],
      [3, "four", null, -1],
      [4, "five", null, -1],
      [5, "open", " ", 4],
      [6, "done", "x", 5], // a tab is four columns: deeper than the two spaces above
      [7, "cancelled", "-", -1],
    ]);
  });

  it("gives sub-items their parent and ends a list at a paragraph", () => {
    const items = scanListItems(["- a", "  - b", "    - c", "  - d", "Paragraph", "  - e"].join("\n"));
    expect(items.map((i) => i.parent)).toEqual([-1, 0, 1, 0, -1]);
  });

  it("counts links on an item's continuation lines as the item's", () => {
    const items = scanListItems(["- Lunch with", "  [[Alice Chen]] and [[Bob]]", "- next"].join("\n"));
    expect(items[0]?.links).toEqual(["Alice Chen", "Bob"]);
  });

  it("reads hashtags as the item's tags, not headings, numbers or anchors", () => {
    expect(scanListItems("- Call [[Alice]] #call #follow-up/email #2026 x#y")[0]?.tags).toEqual(["call", "follow-up/email"]);
  });
});

describe("what is not a live link", () => {
  it.each([
    ["a fenced code block", "```\n- [[Alice]]\n```\n- [[Bob]]"],
    ["a tilde fence inside a list", "- [[Bob]]\n  ~~~\n  - [[Alice]]\n  ~~~"],
    ["inline code", "- [[Bob]] `[[Alice]]`"],
    ["double-backtick code", "- [[Bob]] ``code `[[Alice]]` ``"],
    ["an HTML comment", "- [[Bob]] <!-- [[Alice]] -->"],
    ["a multi-line HTML comment", "<!--\n- [[Alice]]\n-->\n- [[Bob]]"],
    ["an Obsidian %% comment", "- [[Bob]] %%[[Alice]]%%"],
    ["a block quote", "> - [[Alice]]\n- [[Bob]]"],
    ["a callout", "> [!note]\n> - [[Alice]]\n- [[Bob]]"],
    ["an embed", "- [[Bob]] ![[Alice]]"],
  ])("inside %s", (_what, text) => {
    expect(targets(text)).toEqual(["Bob"]);
  });

  it("a fence opened inside a comment does not hide what follows", () => {
    expect(targets("<!-- ``` -->\n- [[Bob]]")).toEqual(["Bob"]);
  });

  it("a fence is indented by spaces or tabs only, as in Obsidian: after a no-break space it is text", () => {
    expect(targets("\t```\n- [[Alice]]\n```\n- [[Bob]]")).toEqual(["Bob"]);
    expect(targets("\u00a0```\n- [[Alice]]")).toEqual(["Alice"]);
  });

  it("reads Windows line ends like Unix ones", () => {
    expect(scanListItems("- [ ] Send [[Alice]]\r\n- [x] Call [[Bob]]\r\n").map((i) => [i.checkbox, i.text, i.links[0]])).toEqual([
      [" ", "Send [[Alice]]", "Alice"],
      ["x", "Call [[Bob]]", "Bob"],
    ]);
  });
});

it("never throws, and nests items sensibly, on any text (property)", () => {
  const piece = fc.constantFrom("- ", "  ", "\t", "[[", "]]", "|", "#", "`", "```", "<!--", "-->", "%%", "> ", "[ ] ", "[x] ", "\n", "Alice", "1. ", "![[", "](", ")");
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(piece).map((p) => p.join(""))), (text) => {
      // A parent always comes before its child.
      scanListItems(text).forEach((item, index) => expect(item.parent).toBeLessThan(index));
    }),
    { numRuns: 1000 },
  );
});
