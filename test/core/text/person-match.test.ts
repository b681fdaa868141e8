import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MatchRank, foldForMatch, matchRank, personMatcher } from "../../../src/core/text/person-match";

describe("foldForMatch", () => {
  it.each([
    ["Müller", "muller"],
    ["José", "jose"],
    ["Ångström", "angstrom"],
    ["Straße", "strasse"],
    ["STRAẞE", "strasse"],
    ["Zoë O'Brien", "zoe o'brien"],
    ["Ὀδυσσεύς", "οδυσσευσ"],
    ["Łukasz", "łukasz"],
    ["", ""],
  ])("%s -> %s", (text, expected) => {
    expect(foldForMatch(text)).toBe(expected);
  });
});

describe("matchRank", () => {
  const { exact, prefix, wordStart, inOrder } = MatchRank;
  it.each<[string, string, MatchRank | null]>([
    // The whole name, whatever the case, accents or blanks.
    ["ali", "Ali", exact],
    ["ALICE CHEN", "Alice Chen", exact],
    ["frank muller", "Frank Müller", exact],
    ["bob martinez", "Bob  Martinez", exact],
    ["  ali  ", "Ali", exact],
    // The start of the name.
    ["ali", "Alice Chen", prefix],
    ["ali", "Alice C.", prefix],
    ["bob m", "Bob Martinez", prefix],
    ["", "Anyone", prefix],
    ["jo", "José Álvarez", prefix],
    // The start of a later word.
    ["ch", "Alice Chen", wordStart],
    ["mu", "Frank Müller", wordStart],
    ["wo", "Alice Chen-Wong", wordStart],
    ["c.", "Alice C.", wordStart],
    ["a c", "Alice Chen", wordStart],
    ["chen w", "Alice Chen-Wong", wordStart],
    ["m a", "Bob Martinez Alvarez", wordStart],
    ["bob m", "Robert Bob Lee Martinez", wordStart],
    // Letters in order; a word after a space starts a word.
    ["ali", "Carol Davis", inOrder],
    ["da", "Jordan Blake", inOrder],
    ["bb m", "Bob Martinez", inOrder],
    ["bo ma", "Bob Martinez", wordStart],
    ["bob mz", "Bob Martinez", inOrder],
    ["ln", "Alice Chen", inOrder],
    // No match.
    ["zz", "Alice Chen", null],
    ["bob zz", "Bob Martinez", null],
    ["bob a", "Bob Martinez", null],
    ["chen alice", "Alice Chen", null],
    ["alice chen", "Alice", null],
    ["ü", "Muller", inOrder],
  ])("%j in %j -> %s", (query, text, expected) => {
    expect(matchRank(query, text)).toBe(expected);
  });

  it("ranks many texts against one query", () => {
    const rank = personMatcher("ali");
    expect(["Carol Davis", "Alice Chen", "Ali", "Natalia Ortiz", "Kim Alinta", "Bob"].map(rank)).toEqual([inOrder, prefix, exact, inOrder, wordStart, null]);
  });
});

/** Text of any characters: whole graphemes, or any code units at all (lone surrogates too). */
function anyText(maxLength: number) {
  return fc.oneof(fc.string({ unit: "grapheme", maxLength }), fc.string({ unit: "binary", maxLength }));
}

describe("matchRank on any text", () => {
  it("never throws, folds idempotently, and finds every text by itself", () => {
    fc.assert(
      fc.property(anyText(30), anyText(12), (text, query) => {
        expect(() => matchRank(query, text)).not.toThrow();
        expect(foldForMatch(foldForMatch(text))).toBe(foldForMatch(text));
        expect(matchRank(text, text)).toBe(MatchRank.exact);
      }),
    );
  });

  it("scans long text without stalling", () => {
    const text = `${"a ".repeat(50_000)}b`;
    const started = performance.now();
    expect(matchRank("a a a a a a a a c", text)).toBeNull();
    expect(matchRank("aaaaaaaaac", text)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
