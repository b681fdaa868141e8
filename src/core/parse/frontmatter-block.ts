/**
 * Where a note's frontmatter block is, as Obsidian sees it: a first line `---`, then anything, then a
 * line `---`. A note that opens with `---` and never closes it has no frontmatter (Obsidian reads the
 * line as a rule), and neither has one that opens with `---js` or anything else after the dashes. A
 * byte-order mark before the first line is not text, and lines end as the editor ends them (lines.ts).
 */
import { withoutBom } from "./lines";

export interface FrontmatterBlock {
  /** The YAML between the dashes, its lines joined with `\n`. */
  yaml: string;
  /** The text after the block. */
  body: string;
  /** How many lines the block takes, so the body's first line is this (0-based). */
  bodyLine: number;
}

const DASHES = /^---[ \t]*$/;
const LINE_END = /\r\n?|\n/g;

export function frontmatterBlock(note: string): FrontmatterBlock | null {
  const text = withoutBom(note);
  if (!text.startsWith("---")) return null;
  const lines: string[] = [];
  let start = 0;
  LINE_END.lastIndex = 0;
  for (let lineNo = 0; ; lineNo++) {
    const lineEnd = LINE_END.exec(text);
    const end = lineEnd ? lineEnd.index : text.length;
    const line = text.slice(start, end);
    if (lineNo === 0) {
      if (!DASHES.test(line)) return null;
    } else if (DASHES.test(line)) {
      return { yaml: lines.join("\n"), body: lineEnd ? text.slice(LINE_END.lastIndex) : "", bodyLine: lineNo + 1 };
    } else lines.push(line);
    if (!lineEnd) return null;
    start = LINE_END.lastIndex;
  }
}

/** The note's text after its frontmatter (or all of it), and the line that text starts on. */
export function bodyOf(note: string): { body: string; bodyLine: number } {
  const block = frontmatterBlock(note);
  return block ? { body: block.body, bodyLine: block.bodyLine } : { body: withoutBom(note), bodyLine: 0 };
}
