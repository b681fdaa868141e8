/** An item's words as a person reads them: links shown by their text, Markdown link syntax gone. */
const WIKILINK = /!?\[\[([^[\]|]+?)(?:\|([^[\]]*))?\]\]/g;
const WORD_CHARACTER = /[\p{L}\p{N}'’]/u;
/** Words after which a name cannot be left out: "dinner with [[Eve]] for her visit". */
const NEEDS_AN_OBJECT = /\b(?:with|to|for|from|about|and|or|of|at|on|by|via)\s*$/i;
/** ...or before which: "Send [[Alice]] and [[Bob]] the notes". */
const JOINS_A_NAME = /^\s*(?:,|and\b|or\b|&)/i;

/**
 * `text` with each `[[target|display]]` shown as its display text (or the target's name). Links whose
 * target `drop` returns true for are removed, as a commitment's own person is shown apart ("Send
 * [[Alice]] the article" reads "Send the article"), unless a word is glued to the link ("[[Ana]]'s
 * book"), the word before it needs an object ("dinner with [[Eve]]") or it is one of several names
 * ("[[Alice]] and [[Bob]]"): then it is shown as text.
 */
export function plainText(text: string, drop: (target: string) => boolean = () => false): string {
  return text
    .replace(WIKILINK, (link: string, target: string, display: string | undefined, offset: number) => {
      const clean = target.split("#")[0]?.trim() ?? "";
      // Asked only of a link to drop: the patterns are most of the cost of reading an interaction.
      if (drop(clean) && !mustStay(text, offset, offset + link.length)) return "";
      return display?.trim() || (clean.split("/").pop() ?? clean);
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether the link at `start`-`end` of `text` must be shown for the sentence to read (see `plainText`). */
function mustStay(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  return WORD_CHARACTER.test(after.charAt(0)) || JOINS_A_NAME.test(after) || NEEDS_AN_OBJECT.test(text.slice(0, start));
}
