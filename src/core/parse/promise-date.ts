/**
 * A promise's due date from its words: `- [ ] send [[Alice]] the deck by Friday` in the note of
 * Wednesday 2026-11-18 is due Friday 2026-11-20. The rule:
 * - the date is the phrase after the last "by", "on", "before", "due" or "until", up to the task's
 *   trailing tags and fields, and only when that phrase is a date and nothing else ("notes on May's
 *   talk" has none);
 * - it is read against the date of the note it is in, never the clock (calendar/word-date.ts): a
 *   weekday is the first such day after it; a date in the vault's daily-note format, or a link to a
 *   daily note, is that day;
 * - "before Friday" is due the Thursday;
 * - a phrase that reads two ways, names no single day, or falls before the note's date is a problem,
 *   never a guess.
 * An explicit `📅` or `due::` always wins; the caller only asks when there is none.
 * Every scan here is linear in the text; chrono only ever sees one short phrase.
 */
import { addDays, parseIsoDate, type IsoDate } from "../calendar/dates";
import { MAX_PHRASE, readWordDate } from "../calendar/word-date";
import type { DailyNoteConfig } from "../settings";
import { linkedDate, type StrictDateParser } from "./note-date";
import type { TaskFacts } from "./task";

/** Where a day written in the vault's own daily-note format can be read: the format and a strict parser. */
export interface DayNames {
  dailyNotes: DailyNoteConfig;
  parseDate: StrictDateParser;
}

/** The date read and the words that made it ("by Friday"), starting at `at` in the text given. */
export type PromiseDate = { date: IsoDate; words: string; at: number } | { problem: string; words: string; at: number } | null;

/** A due keyword as a whole word; the last match in a text is the one that counts. */
const KEYWORD = /(?:^|[^\p{L}\p{N}_])(by|on|before|due|until)(?=[^\p{L}\p{N}_]|$)/giu;
/** The Tasks plugin's fields (dates, priorities, recurrence, ids): they end a task's words. */
const TASKS_FIELD = /[📅✅⏳🛫➕❌⏫🔼🔽🔺⏬🔁🆔⛔🏁]/u;
/** A character of a Dataview field's name. */
const FIELD_NAME = /[\p{L}\p{N}_-]/u;
const EDGE_PUNCTUATION = /^[\s:,;]+|[\s.,;:!?]+$/gu;

/**
 * The due date a task's words give, read against `noteDate`; null when they give none. Only the
 * phrase after a due keyword counts: the task "call [[Bob]] tomorrow" has no date.
 */
export function taskDateFromWords(text: string, noteDate: IsoDate, days: DayNames): PromiseDate {
  const words = wordsOf(text);
  const keyword = lastKeyword(words);
  return keyword === null ? null : dateOfPhrase(words, keyword, noteDate, days);
}

/**
 * The date typed words give, for the Add promise form: the phrase after the last due keyword when
 * there is one ("send the deck by Friday"), else the words as a whole ("Friday", "in 3 days",
 * "2026-11-30"). Read against `noteDate` (the day of the note the promise goes in) by the rules above.
 */
export function readPromiseDate(text: string, noteDate: IsoDate, days: DayNames): PromiseDate {
  const words = wordsOf(text);
  const keyword = lastKeyword(words);
  return dateOfPhrase(words, keyword ?? { name: null, at: 0, end: 0 }, noteDate, days);
}

/**
 * More tasks than a day's note holds: past this many in one note, tasks' dates are not read from
 * their words (chrono costs tens of microseconds a phrase; a note of a megabyte of tasks must still
 * parse within a frame), and the note has one problem saying so.
 */
const MAX_WORD_DATES = 200;

/** A task's due date read from its words (see promise-date.ts); a problem for an open task whose words read wrong. */
export function withWordDate(task: TaskFacts, words: string, noteDate: IsoDate, line: number, budget: { read: number; days: DayNames }, problem: (message: string, line: number) => void): TaskFacts {
  if (++budget.read > MAX_WORD_DATES) {
    if (budget.read === MAX_WORD_DATES + 1) problem(`more than ${MAX_WORD_DATES} tasks in one note: from here on, dates in words are not read (write 📅 YYYY-MM-DD)`, line);
    return task;
  }
  const read = taskDateFromWords(words, noteDate, budget.days);
  if (read === null) return task;
  if ("date" in read) return { ...task, due: read.date, dueWords: read.words };
  // A problem is something to fix: a promise already kept or cancelled needs no fixing.
  if (task.status === "open") problem(`${read.problem}; write the day as 📅 YYYY-MM-DD`, line);
  return task;
}

interface Keyword {
  name: string | null;
  /** Where the keyword starts and where its phrase starts. */
  at: number;
  end: number;
}

function dateOfPhrase(words: string, keyword: Keyword, noteDate: IsoDate, days: DayNames): PromiseDate {
  const raw = words.slice(keyword.end);
  const phrase = raw.replace(EDGE_PUNCTUATION, "");
  const written = words.slice(keyword.at, keyword.end + raw.trimEnd().length).trim();
  const at = keyword.at + (words.slice(keyword.at).length - words.slice(keyword.at).trimStart().length);
  if (phrase === "" || phrase.length > MAX_PHRASE) return null;
  const read = dayOfPhrase(phrase, noteDate, days);
  if (read === null) return null;
  if ("problem" in read) return { problem: `"${written}" ${read.problem}`, words: written, at };
  const date = keyword.name === "before" ? addDays(read.date, -1) : read.date;
  if (date < noteDate) return { problem: `"${written}" is ${date}, before the note's date ${noteDate}`, words: written, at };
  return { date, words: written, at };
}

/** A day in the vault's own terms first (a link to a daily note, its date format), then in words. */
function dayOfPhrase(phrase: string, noteDate: IsoDate, days: DayNames): { date: IsoDate } | { problem: string } | null {
  if (phrase.startsWith("[[")) {
    const close = phrase.indexOf("]]");
    if (close !== phrase.length - 2) return null;
    const target = phrase.slice(2, close).split("|")[0] ?? "";
    const date = linkedDate(target.split("#")[0] ?? "", days.dailyNotes, days.parseDate);
    return date === null ? null : { date };
  }
  const own = parseIsoDate(phrase) ?? ownFormat(phrase, days);
  if (own !== null) return { date: own };
  return readWordDate(phrase, noteDate);
}

/** `phrase` as a daily note's name: in the whole format, or its last part when that has the year. */
function ownFormat(phrase: string, days: DayNames): IsoDate | null {
  const { format } = days.dailyNotes;
  const lastPart = format.slice(format.lastIndexOf("/") + 1);
  return days.parseDate(phrase, format) ?? (lastPart !== format && lastPart.includes("Y") ? days.parseDate(phrase, lastPart) : null);
}

/**
 * A task's words up to where its first field begins (a Tasks plugin field, a Dataview field, bracketed
 * or not), without the tags and block id at their end: "send the deck by Friday #work [p:: 1]" gives
 * "send the deck by Friday". Only cut, never rewritten, so positions in it are positions in `text`.
 */
function wordsOf(text: string): string {
  let end = text.length;
  const tasksField = TASKS_FIELD.exec(text);
  if (tasksField) end = tasksField.index;
  const colons = text.indexOf("::");
  if (colons >= 0 && colons < end) end = fieldStart(text, colons);
  return withoutTrailingTags(text.slice(0, end));
}

/** Where the field whose `::` is at `colons` starts: its name, and the bracket before it if any. */
function fieldStart(text: string, colons: number): number {
  let start = colons;
  while (start > 0 && FIELD_NAME.test(text.charAt(start - 1))) start--;
  const before = text.charAt(start - 1);
  return before === "[" || before === "(" ? start - 1 : start;
}

/** `text` without the tags (`#work`) and block id (`^abc`) at its end; each step removes what it read. */
function withoutTrailingTags(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    let word = end;
    while (word > 0 && !isBlank(text.charCodeAt(word - 1))) word--;
    const first = text.charAt(word);
    if ((first !== "#" && first !== "^") || end - word < 2) return text.slice(0, end);
    end = word;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function lastKeyword(words: string): Keyword | null {
  let found: Keyword | null = null;
  for (const match of words.matchAll(KEYWORD)) {
    const name = (match[1] as string).toLowerCase();
    const end = (match.index ?? 0) + match[0].length;
    found = { name, at: end - name.length, end };
  }
  return found;
}
