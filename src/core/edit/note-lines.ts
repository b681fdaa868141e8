/**
 * A note as lines that keep their own line breaks, so that an edit can change some lines and leave
 * every other byte as it was (a CRLF note stays CRLF, a last line without a break keeps none).
 */
import { lineBreakOf } from "../parse/lines";

export interface NoteLine {
  text: string;
  /** "\n", "\r\n", "\r", or "" for a last line without a break. */
  end: string;
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;

export function noteLines(note: string): NoteLine[] {
  const lines: NoteLine[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < note.length) {
    const m = LINE.exec(note) as RegExpExecArray;
    lines.push({ text: m[1] as string, end: m[2] as string });
  }
  return lines;
}

export function joinLines(lines: readonly NoteLine[]): string {
  return lines.map((line) => line.text + line.end).join("");
}

/** The line break a note's new lines get: the one it already uses. */
export function breakOf(note: string): string {
  return lineBreakOf(note);
}
