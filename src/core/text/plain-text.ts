/**
 * An item's words as a person reads them: each link shown by its text, link syntax gone. Linear in the
 * text: each link looks only at the blanks and the one word on either side of it.
 */
import { scanInline } from "../parse/inline";

/** Words after which a name cannot be left out: "dinner with [[Eve]] for her visit". */
const NEEDS_AN_OBJECT = new Set(["with", "to", "for", "from", "about", "and", "or", "of", "at", "on", "by", "via"]);
/** Words before which a name cannot be left out: "Send [[Alice]] and [[Bob]] the notes". */
const JOINS_A_NAME = new Set(["and", "or"]);
const WORD_CHARACTER = /[\p{L}\p{N}'’]/u;
const LETTER = /\p{L}/u;

/**
 * `text` with each link shown as its display text (or the note's name). Links whose target `drop`
 * returns true for are removed, as a commitment's own person is shown apart ("Send [[Alice]] the
 * article" reads "Send the article"), unless a word is glued to the link ("[[Ana]]'s book"), the word
 * before it needs an object ("dinner with [[Eve]]") or it is one of several names ("[[Alice]] and
 * [[Bob]]"): then it is shown as text.
 */
export function plainText(text: string, drop: (target: string) => boolean = () => false): string {
  let out = "";
  let copied = 0;
  for (const link of scanInline(text).links) {
    out += text.slice(copied, link.start);
    copied = link.end;
    const leaveOut = drop(link.target) && !mustStay(text, link.start, link.end);
    if (!leaveOut) out += link.shown;
  }
  return (out + text.slice(copied)).replace(/\s+/g, " ").trim();
}

/** Whether the link at `start`-`end` of `text` must be shown for the sentence to read (see `plainText`). */
function mustStay(text: string, start: number, end: number): boolean {
  if (WORD_CHARACTER.test(text.charAt(end))) return true;
  let after = end;
  while (isBlank(text.charAt(after))) after++;
  const next = text.charAt(after);
  if (next === "," || next === "&" || JOINS_A_NAME.has(wordAt(text, after).toLowerCase())) return true;
  let before = start;
  while (before > 0 && isBlank(text.charAt(before - 1))) before--;
  return NEEDS_AN_OBJECT.has(wordBefore(text, before).toLowerCase());
}

/** The letters starting at `at`, as long as they are a word on their own. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && LETTER.test(text.charAt(end))) end++;
  return WORD_CHARACTER.test(text.charAt(end)) ? "" : text.slice(at, end);
}

/** The letters ending at `end`, when they are a whole word. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && LETTER.test(text.charAt(start - 1))) start--;
  return start > 0 && WORD_CHARACTER.test(text.charAt(start - 1)) ? "" : text.slice(start, end);
}

function isBlank(c: string): boolean {
  return c === " " || c === "\t";
}
