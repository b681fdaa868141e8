/**
 * Appending a line to a note so that it counts: after a block quote or callout a blank line comes
 * first (else the item would join the quote), and a note that ends inside a code block or a comment that
 * never closes gets nothing (the item would be hidden in it): the user is told which line opens it.
 */
import { bodyOf } from "../parse/frontmatter-block";
import { blockStateAfter } from "../parse/blocks";
import { splitLines } from "../parse/lines";
import { breakOf, joinLines, noteLines } from "./note-lines";

export type AppendResult = { text: string; lineIndex: number } | { refused: string };

/** `note` with `item` as its new last line; `lineIndex` (0-based, in the file) is where it landed. */
export function appendItem(note: string, item: string): AppendResult {
  const { body, bodyLine } = bodyOf(note);
  const bodyLines = splitLines(body);
  const open = blockStateAfter(bodyLines);
  if (open.fence) return { refused: `the note ends inside a code block opened on line ${bodyLine + open.fence.line + 1}` };
  if (open.comment) return { refused: `the note ends inside a comment opened on line ${bodyLine + open.comment.line + 1}` };
  const lines = noteLines(note);
  const eol = breakOf(note);
  const last = lines[lines.length - 1];
  if (last && last.end === "") last.end = eol;
  const lastText = [...bodyLines].reverse().find((line) => line.trim() !== "") ?? "";
  if (/^[ \t]*>/.test(lastText) && last && last.text.trim() !== "") lines.push({ text: "", end: eol });
  lines.push({ text: item, end: eol });
  return { text: joinLines(lines), lineIndex: lines.length - 1 };
}
