/**
 * "Ask about it": a Dataview-style field `ask:: 2026-12-05 her interview` (or bracketed,
 * `[ask:: 2026-12-05 her interview]`) in an interaction or in a person's note says what to ask them
 * about, and from which day. Linear in the line: each field is found with one search and read once.
 */
import { dateFromValue, type IsoDate } from "../calendar/dates";
import { walkLines } from "./blocks";
import { withoutCode } from "./inline";
import { splitLines } from "./lines";

export type AskField = { date: IsoDate; about: string } | { problem: string };

/** `ask::` as a field: at the start, after a blank, or inside a bracket. */
const ASK = /(^|[\s[(])ask::/giu;
const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/u;

/** Every ask field in `line`, each read or a problem. */
export function askFields(line: string): AskField[] {
  if (!/ask::/iu.test(line)) return [];
  const found: AskField[] = [];
  let from = 0;
  for (const match of line.matchAll(ASK)) {
    if (match.index < from) continue; // inside the field before it
    const opener = match[1];
    const start = match.index + match[0].length;
    // A bracketed field ends at its bracket; a bare one takes the rest of the line, as in Dataview.
    const close = opener === "[" ? line.indexOf("]", start) : opener === "(" ? line.indexOf(")", start) : -1;
    const end = close < 0 ? line.length : close;
    found.push(readAsk(line.slice(start, end).trim()));
    from = end;
  }
  return found;
}

function readAsk(value: string): AskField {
  const written = LEADING_DATE.exec(value)?.[1];
  if (written === undefined) return { problem: `ask:: wants a day first, as in "ask:: 2026-12-05 her interview"` };
  const date = dateFromValue(written);
  if (date === null || "problem" in date) return { problem: `ask:: ${date?.problem ?? "has no day"}` };
  return { date: date.date, about: value.slice(written.length).trim() };
}

/** Every `ask::` field on the lines of a person's note, outside code, comments and quotes. */
export function personNoteAsks(source: { body: string; bodyLine: number }, read: (text: string, line: number, links: readonly string[]) => void): void {
  if (!/ask::/iu.test(source.body)) return;
  walkLines(splitLines(source.body), (visible, lineNo) => {
    if (visible.trimStart().startsWith(">")) return;
    read(withoutCode(visible), source.bodyLine + lineNo + 1, NO_LINKS);
  });
}

const NO_LINKS: readonly string[] = Object.freeze([]);

