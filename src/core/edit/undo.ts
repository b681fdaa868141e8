/**
 * Undoing a write Rapport made. When the note is still exactly as Rapport left it, undo restores it byte
 * for byte. When the user has changed it since, only Rapport's own lines are taken back, and only while
 * they are still there exactly as written, where Rapport wrote them: next to a line that was beside them
 * then. The same words elsewhere (a line the user wrote alike, a body line that reads like a property) are
 * the user's, and a line the user has typed on is theirs now.
 */
import { joinLines, noteLines } from "./note-lines";

/** A write as the undo needs it: the note before and after, and which lines were Rapport's. */
export interface Write {
  path: string;
  /** The note before the write; null when the write created it. */
  before: string | null;
  after: string;
  /** The lines the write added (an append) or put in place of `removed` (a line or property changed). */
  added: readonly string[];
  removed: readonly string[];
  /** The lines just above and just below the added ones in `after` (null at either end of the note). */
  above: string | null;
  below: string | null;
}

export type UndoResult = { text: string } | { deleteNote: true } | { refused: string };

export function undoWrite(current: string, write: Write): UndoResult {
  if (current === write.after) return write.before === null ? { deleteNote: true } : { text: write.before };
  if (write.before === null) return { refused: "the note has changed since Rapport created it" };
  const lines = noteLines(current);
  const texts = lines.map((line) => line.text);
  const found = placesOf(texts, write);
  if (found.length !== 1) return { refused: "the lines Rapport wrote have changed since" };
  const at = found[0] as number;
  const end = at + write.added.length;
  // The removed lines come back with the line break the first replaced line had.
  const eol = lines[at]?.end || lines[end - 1]?.end || lines[at - 1]?.end || "\n";
  const restored = write.removed.map((text) => ({ text, end: eol }));
  // Taking back a last line also takes back the line break Rapport put before it, when there was none.
  const tail = lines.slice(end);
  if (tail.length === 0 && restored.length === 0 && at > 0 && !write.before.endsWith("\n") && !write.before.endsWith("\r")) {
    (lines[at - 1] as { end: string }).end = "";
  }
  return { text: joinLines([...lines.slice(0, at), ...restored, ...tail]) };
}

/**
 * Where the write's added lines are now. Lines that stood nowhere else in the note as Rapport left it are
 * Rapport's wherever they are, when they are there once. Lines the note held elsewhere too (the user's own
 * `- [[Ann]]`, a body line that reads like the property) are Rapport's only where they stand beside a line
 * that was beside them then: the line above, or a line below (the note's end says nothing: any line can
 * end up there). A write that only removed lines is found where its two neighbours still meet.
 */
function placesOf(lines: readonly string[], write: Write): number[] {
  const { added, above, below } = write;
  const neighbours = (at: number) => ({ above: at > 0 ? lines[at - 1] : null, below: at + added.length < lines.length ? lines[at + added.length] : null });
  if (added.length === 0) {
    const places: number[] = [];
    for (let at = 0; at <= lines.length; at++) {
      const n = neighbours(at);
      if (n.above === above && n.below === below) places.push(at);
    }
    return places;
  }
  const found = occurrences(lines, added);
  const uniqueWhenWritten = occurrences(noteLines(write.after).map((line) => line.text), added).length === 1;
  if (uniqueWhenWritten && found.length === 1) return found;
  return found.filter((at) => {
    const n = neighbours(at);
    return n.above === above || (below !== null && n.below === below);
  });
}

/** Where the run `wanted` starts in `lines`, every place it does. */
function occurrences(lines: readonly string[], wanted: readonly string[]): number[] {
  if (wanted.length === 0) return [];
  const starts: number[] = [];
  for (let i = 0; i + wanted.length <= lines.length; i++) {
    if (wanted.every((text, j) => lines[i + j] === text)) starts.push(i);
  }
  return starts;
}

/** The lines `after` added in place of lines of `before`, and the lines around them: what a write changed. */
export function changedLines(before: string, after: string): { added: string[]; removed: string[]; above: string | null; below: string | null } {
  const a = noteLines(before).map((line) => line.text);
  const b = noteLines(after).map((line) => line.text);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB), above: b[start - 1] ?? null, below: b[endB] ?? null };
}
