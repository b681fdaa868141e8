/**
 * Task items: their status and dates, in the Tasks plugin's emoji format (`📅 2026-11-30`,
 * `✅ 2026-11-20`) or as Dataview inline fields (`[due:: 2026-11-30]`, `due:: 2026-11-30`,
 * `[completion:: 2026-11-20]`).
 */
import { dateFromValue, type IsoDate } from "../calendar/dates";
import type { ListItem } from "./blocks";

export type TaskStatus = "open" | "done" | "cancelled";

export interface TaskFacts {
  status: TaskStatus;
  due: IsoDate | null;
  /** The words the due date was read from ("by Friday"); null when it was written as a date, or is none. */
  dueWords: string | null;
  /** The written done date; the note's date stands in for it when absent. */
  done: IsoDate | null;
  /** The task's line as written: a write from the sidebar goes only to a line that still reads so. */
  line: string;
}

const DUE = [/📅\uFE0F?\s*(\S+)/u, /\bdue::\s*([^\])\s]+)/];
const DONE = [/✅\uFE0F?\s*(\S+)/u, /\bcompletion::\s*([^\])\s]+)/];
/**
 * Tasks-plugin fields and bracketed Dataview fields (`[due:: 2026-11-30]`): metadata, not words of the
 * task. A bracket's content holds no other bracket, so a failed match ends where the next can begin.
 */
const TASK_FIELDS = /[📅✅⏳🛫➕❌]\uFE0F?[ \t]*\d{4}-\d{2}-\d{2}|[⏫🔼🔽🔺⏬]\uFE0F?|[[(][\w-]+::[^\])[(]*[\])]/gu;
/**
 * A word, and the Dataview field it may start (`due:: 2026-11-30`). Each match takes a whole word, so
 * a word that starts no field is kept whole and never read again from inside.
 */
const WORD_OR_FIELD = /[\w-]+(?:::[ \t]*\S+)?/g;

export function readTask(item: ListItem, problem: (message: string) => void): TaskFacts {
  const box = item.checkbox ?? " ";
  const status: TaskStatus = box === "x" || box === "X" ? "done" : box === "-" ? "cancelled" : "open";
  return { status, due: field(item.text, DUE, "due date", problem), dueWords: null, done: field(item.text, DONE, "done date", problem), line: item.source };
}

/** Whether a task's text gives a due date as a field (`📅`, `due::`), readable or not: the words then say nothing. */
export function hasDueField(text: string): boolean {
  return DUE.some((pattern) => pattern.test(text));
}

function field(text: string, patterns: RegExp[], what: string, problem: (message: string) => void): IsoDate | null {
  for (const pattern of patterns) {
    const written = pattern.exec(text)?.[1];
    if (written === undefined) continue;
    const value = dateFromValue(written);
    if (value && "date" in value) return value.date;
    problem(`${what} ${value?.problem ?? "is missing"}`);
  }
  return null;
}

/** A task's words without its date and priority fields. */
export function withoutTaskFields(text: string): string {
  return text
    .replace(TASK_FIELDS, " ")
    .replace(WORD_OR_FIELD, (word) => (word.includes("::") ? " " : word))
    .replace(/\s+/g, " ")
    .trim();
}
