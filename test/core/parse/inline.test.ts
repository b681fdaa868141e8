import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanInline, withoutCode } from "../../../src/core/parse/inline";

const extractLinks = (text: string) => scanInline(text).links.filter((l) => !l.embed).map((l) => l.target);

describe("links", () => {
  it.each([
    ["[[Alice Chen]]", "Alice Chen"],
    ["[[Alice Chen|Ali]]", "Alice Chen"],
    ["[[People/Alice Chen]]", "People/Alice Chen"],
    ["[[Alice Chen#Work]]", "Alice Chen"],
    ["[[Alice Chen#^block|Ali]]", "Alice Chen"],
    ["[[Alice Chen.md]]", "Alice Chen"],
    ["[[Alice Chen.MD|Ali]] and [[Bob]]", "Alice Chen", "Bob"],
    ["[Ali](People/Alice%20Chen.md)", "People/Alice Chen"],
    ["[Ali](<People/Alice Chen.md>)", "People/Alice Chen"],
  ])("%s", (text, ...expected) => {
    expect(extractLinks(text)).toEqual(expected);
  });

  it.each([["[[#Heading]]"], ["[site](https://example.com)"], ["[mail](mailto:a@b.c)"], ["[pic](photo.png)"], ["![[Alice]]"], ["![pic](Alice.md)"]])("%s is not a note link", (text) => {
    expect(extractLinks(text)).toEqual([]);
  });
});


describe("code spans, as CommonMark reads them", () => {
  it.each([
    ["`[[A]]` [[B]]", ["B"]],
    ["``a ` [[A]]`` [[B]]", ["B"]],
    ["`` [[A]] ` [[B]]", ["A", "B"]], // two backticks never closed: plain text
    ["``` [[A]] `` [[B]]", ["A", "B"]], // runs of other lengths do not close each other
    ["` [[A]] `` [[B]] ` [[C]]", ["C"]], // the double run is inside the single-backtick span
    ["a`b`c [[A]]", ["A"]],
  ])("%s -> %s", (text, expected) => {
    expect(extractLinks(text)).toEqual(expected);
  });

  it("blanks code out without moving anything else", () => {
    expect(withoutCode("x `code` y ``z`` w")).toBe("x        y       w");
    expect(withoutCode("no code")).toBe("no code");
  });

  it("reads a line of a thousand unclosed backtick runs and the link after them", () => {
    const runs = Array.from({ length: 1000 }, (_, i) => "`".repeat(1 + (i % 7)) + " x ").join("");
    // Every length from 1 to 7 repeats, so each opens a span closed by the next run of its length.
    expect(extractLinks(`${runs}\`\`\`\`\`\`\`\` [[Al]]`)).toEqual(["Al"]);
    expect(extractLinks(`- ${"`".repeat(5000)} [[Al]]`)).toEqual(["Al"]);
  });
});

describe("what a link shows", () => {
  it.each([
    ["[[Alice Chen|Ali]]", "Ali"],
    ["[[People/Bob]]", "Bob"],
    ["[[Carol#Work]]", "Carol"],
    ["[Dee](People/Dee%20Lo.md)", "Dee"],
    ["![[Eve]]", "Eve"],
  ])("%s shows %s", (text, shown) => {
    expect(scanInline(text).links.map((l) => l.shown)).toEqual([shown]);
  });

  it("gives each link its place in the line", () => {
    expect(scanInline("Met [[A]] and [b](B.md)").links.map((l) => [l.start, l.end])).toEqual([
      [4, 9],
      [14, 23],
    ]);
  });
});

describe("tags", () => {
  it("reads hashtags outside code; a number alone is not a tag", () => {
    expect(scanInline("#call `#code` x#y #2026 #follow-up/email").tags).toEqual(["call", "follow-up/email"]);
  });
});

it("any text gives links inside the line, never a throw (property)", () => {
  const piece = fc.constantFrom("[[", "]]", "[", "]", "(", ")", "<", ">", "`", "``", "!", "|", "#", "a", " ", ".md", "https:");
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(piece).map((p) => p.join(""))), (text) => {
      const { links } = scanInline(text);
      for (const link of links) {
        expect(link.start).toBeGreaterThanOrEqual(0);
        expect(link.end).toBeLessThanOrEqual(text.length);
        expect(link.target).not.toBe("");
      }
      expect(withoutCode(text)).toHaveLength(text.length);
    }),
    { numRuns: 2000 },
  );
});
