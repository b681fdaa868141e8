/**
 * How a typed query matches a person's name or alias, for the pickers and @-tagging. Text is folded first
 * (case, accents, ß), so that "mu" finds "Müller" on a keyboard without umlauts. A match has a rank, lower
 * being better: the whole name, the start of the name, the start of words ("ch" in "Alice Chen", "bob m"
 * in "Bob Martinez"), then any letters in order. Every test is a left-to-right scan of the text for each
 * word of the query, with no pattern that backtracks over user text.
 */

export const MatchRank = {
  /** The whole name is the query. */
  exact: 0,
  /** The name starts with the query. */
  prefix: 1,
  /** Each word of the query starts a word of the name, in order. */
  wordStart: 2,
  /** The query's letters appear in order; each word after the first starts a word of the name. */
  inOrder: 3,
} as const;

export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

const MARKS = /\p{M}+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * `text` as matching compares it: lower case, accents removed (Müller → muller, José → jose), ß as ss,
 * and the final sigma as the other sigma, since a query typed letter by letter never ends a word.
 */
export function foldForMatch(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/ß/g, "ss").replace(/ς/g, "σ");
}

/** Folded, with each run of blanks one space and none at either end: "Bob  Martinez " is "bob martinez". */
function prepare(text: string): string {
  return foldForMatch(text).replace(/\s+/g, " ").trim();
}

/** Ranks texts against one query, folding the query once. */
export function personMatcher(query: string): (text: string) => MatchRank | null {
  const wanted = prepare(query);
  // No word is empty: the empty query is a prefix of every text and never gets past that test.
  const words = wanted.split(" ");
  return (text) => {
    const folded = prepare(text);
    if (folded === wanted) return MatchRank.exact;
    if (folded.startsWith(wanted)) return MatchRank.prefix;
    if (wordStarts(folded, words)) return MatchRank.wordStart;
    if (inOrder(folded, words)) return MatchRank.inOrder;
    return null;
  };
}

/** The rank of `text` for `query`, or null when it does not match. */
export function matchRank(query: string, text: string): MatchRank | null {
  return personMatcher(query)(text);
}

/** Whether a word of `text` starts at `at`: the first character, or one after a character that is no letter or digit. */
function isWordStart(text: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DIGIT.test(text.charAt(at - 1));
}

/**
 * Whether each query word starts a word of `text`, each one after the one before. Taking the first place
 * each word fits leaves the most room for the next, so one pass finds a match when there is one.
 */
function wordStarts(text: string, words: readonly string[]): boolean {
  let from = 0;
  for (const word of words) {
    let at = from;
    while (at < text.length && !(isWordStart(text, at) && text.startsWith(word, at))) at++;
    if (at >= text.length) return false;
    from = at + word.length;
  }
  return true;
}

/**
 * Whether the query's letters appear in `text` in order, each word after the first beginning at the
 * start of a word of `text` ("bob m" is not "Bob Adams": the space says a new word starts). The first
 * place that fits is again the best, so each word costs one pass over what is left of the text.
 */
function inOrder(text: string, words: readonly string[]): boolean {
  let from = 0;
  for (const [index, word] of words.entries()) {
    let at = from;
    if (index > 0) {
      while (at < text.length && !(isWordStart(text, at) && text.charAt(at) === word.charAt(0))) at++;
      if (at >= text.length) return false;
    }
    for (const ch of word) {
      at = text.indexOf(ch, at);
      if (at < 0) return false;
      at += ch.length;
    }
    from = at;
  }
  return true;
}
