/**
 * The one task line a click from the sidebar means. A row remembers the line it was made from; by the
 * time it is clicked the note may have changed. The write goes to that line only if it still reads the
 * same, or else to the one line of the note that does; with none or several, nowhere.
 */
import type { IsoDate } from "../calendar/dates";
import { taskParts } from "../parse/blocks";
import { joinLines, noteLines } from "./note-lines";

/** The 0-based index of the line that reads `expected`, preferring `line` (1-based); null when unsure. */
export function findLine(note: string, line: number, expected: string): number | null {
  const lines = noteLines(note);
  if (lines[line - 1]?.text === expected) return line - 1;
  const same = lines.flatMap((l, i) => (l.text === expected ? [i] : []));
  return same.length === 1 ? (same[0] as number) : null;
}

/** An open task line marked done on `today` (`[x]` and `✅ today`); null when the line is no open task. */
export function markTaskDone(line: string, today: IsoDate): string | null {
  const task = taskParts(line);
  if (!task || task.box === "x" || task.box === "X" || task.box === "-") return null;
  return `${task.before}[x]${task.after.replace(/\s+$/, "")} ✅ ${today}`;
}

/** Whether the line is a task of the Tasks plugin that recurs (`🔁 every week`). */
export function isRecurringTask(line: string): boolean {
  return taskParts(line) !== null && line.includes("🔁");
}

/** `note` with its line at `index` (0-based) replaced by `replacement`, which may be several lines. */
export function replaceLine(note: string, index: number, replacement: string): string {
  const lines = noteLines(note);
  const line = lines[index];
  if (!line) return note;
  const eol = line.end || (lines.length > 1 ? (lines[0] as { end: string }).end : "\n");
  const added = replacement.split(/\r\n|\r|\n/).map((text, i, all) => ({ text, end: i === all.length - 1 ? line.end : eol }));
  return joinLines([...lines.slice(0, index), ...added, ...lines.slice(index + 1)]);
}

/** The text of the line at `index` (0-based), or null past the end. */
export function lineAt(note: string, index: number): string | null {
  return noteLines(note)[index]?.text ?? null;
}
