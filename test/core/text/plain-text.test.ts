import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/core/text/plain-text";

describe("plainText", () => {
  it.each([
    ["Coffee with [[Alice Chen|Ali]] #coffee", "Coffee with Ali #coffee"],
    ["Met [[People/Bob]] and [[Carol#Work]]", "Met Bob and Carol"],
    ["  spaced   out  ", "spaced out"],
  ])("%s -> %s", (text, expected) => {
    expect(plainText(text)).toBe(expected);
  });

  const isAlice = (target: string) => target === "Alice";
  it.each([
    ["Send [[Alice]] the article", "Send the article"],
    ["[[Alice]] to send the draft", "to send the draft"],
    ["Return [[Alice]]'s book", "Return Alice's book"],
    ["Book dinner with [[Alice]] for her visit", "Book dinner with Alice for her visit"],
    ["Ask [[Alice]] about the trip", "Ask about the trip"],
    ["Send [[Alice]] and [[Bob]] the notes", "Send Alice and Bob the notes"],
    ["Send [[Bob]] and [[Alice]] the notes", "Send Bob and Alice the notes"],
  ])("leaving out the commitment's own person: %s -> %s", (text, expected) => {
    expect(plainText(text, isAlice)).toBe(expected);
  });
});
