/**
 * Where a note's frontmatter block is, as Obsidian sees it: a first line `---`, then anything, then a
 * line `---`. A note that opens with `---` and never closes it has no frontmatter (Obsidian reads the
 * line as a rule), and neither has one that opens with `---js` or anything else after the dashes.
 */
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface FrontmatterBlock {
  /** The YAML between the dashes. */
  yaml: string;
  /** The text after the block. */
  body: string;
  /** How many lines the block takes, so the body's first line is this (0-based). */
  bodyLine: number;
}

export function frontmatterBlock(text: string): FrontmatterBlock | null {
  const m = BLOCK.exec(text);
  if (!m) return null;
  const block = m[0];
  const newlines = block.split("\n").length - 1;
  return { yaml: m[1] ?? "", body: text.slice(block.length), bodyLine: block.endsWith("\n") ? newlines : newlines + 1 };
}
