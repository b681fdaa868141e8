/**
 * A day written in words ("Friday", "tomorrow", "in 3 days", "end of the month", "Dec 5"), read
 * against a given day with chrono-node's English parser: never against the clock.
 *
 * The one place a `Date` meets chrono. chrono works in the host's local time, so the day is handed to
 * it as local noon (a DST change moves a clock by an hour, never across midnight from noon) and its
 * answer is read back at once as calendar fields, never as a `Date`.
 *
 * Only the English parser is imported: the plugin's bundle must stay small. chrono's patterns are not
 * promised to be linear, so it only ever sees a short phrase (MAX_PHRASE characters): its cost per
 * phrase is then bounded whatever a note holds.
 */
import { casual, GB, type Chrono, type ParsedResult } from "chrono-node/en";
import { addDays, dayNumber, parseIsoDate, type IsoDate } from "./dates";

/**
 * chrono's English readers (the US one, and the British one to tell 5/6 from 5/6) without the parsers of
 * "3 days ago" and "3 days later" / "from now": a due date is never "ago", and V8 compiles each of their
 * patterns to machine code in some 40 ms on the second parse of a process, which would stall a plugin's
 * start. They are found by what their patterns read (class names do not survive a minified bundle); a
 * parser whose pattern cannot be looked at is kept. Made once, never changed.
 */
const SLOW_PATTERN = /\(\?:ago\||\|from now\|/;
const US = withoutSlowParsers(casual);
const BRITISH = withoutSlowParsers(GB);

function withoutSlowParsers(reader: Chrono): Chrono {
  const pruned = reader.clone();
  pruned.parsers = pruned.parsers.filter((parser) => {
    try {
      // chrono's English parsers read only `option` of the context to make their patterns.
      return !SLOW_PATTERN.test(parser.pattern({ option: {} } as unknown as Parameters<typeof parser.pattern>[0]).source);
    } catch {
      return true;
    }
  });
  return pruned;
}

export type WordDate = { date: IsoDate } | { problem: string } | null;

/** Longer than any date in words ("Wednesday, December 23rd, 2026" is 30). */
export const MAX_PHRASE = 40;

/** What may stand around a date and still leave "a date and nothing else": blanks, end punctuation, "the". */
const FILLER = /^(?:[\s.,;:!?]|\bthe\b)*$/iu;
/** What may stand between two dates that make one phrase read two ways: "Friday or Monday". */
const JOINER = /^(?:[\s.,;:!?&/–—-]|\b(?:the|or|and|to|through|till|until)\b)*$/iu;
/** A bare weekday ("Friday", "fri", "the weekend") or one with "this" or "next" before it. */
const WEEKDAY_PHRASE = /^(?:the\s+)?(?:(this|next)\s+)?[a-z]+\.?$/iu;
/** Numbers a US and a British reader may split differently: 5/6, 05.06.2026. */
const DAY_MONTH_ORDER = /\d[/.-]\d/u;

/**
 * The day `phrase` names, read from `day`; a problem (what is wrong with the phrase: "reads two ways
 * (...)") when it reads two ways or names no single day (a month, a year); null when it is not a date
 * and nothing else ("May's talk", "noon").
 *
 * A weekday alone means the first such day after `day` ("Friday" written on a Friday is a week later);
 * "this" or "next" before it is a problem when it could mean either of two weeks.
 */
export function readWordDate(phrase: string, day: IsoDate): WordDate {
  const text = phrase.trim();
  if (text === "" || text.length > MAX_PHRASE) return null;
  const reference = localNoon(day);
  const results = US.parse(text, reference);
  if (results.length === 0) return null;
  if (!onlyDates(text, results)) return null;
  const first = results[0] as ParsedResult;
  if (results.length > 1 || first.end) return twoWays(results.flatMap((r) => [dateOf(r.start), r.end ? dateOf(r.end) : null]));
  const start = first.start;
  const read = dateOf(start);
  if (start.isCertain("weekday") && !start.isCertain("day")) return weekday(text, read, start.get("weekday") ?? 0, day);
  if (!start.isCertain("day")) return start.isCertain("month") || start.isCertain("year") ? { problem: "names no single day" } : null;
  if (read === null) return { problem: "is not a day between the years 1000 and 9999" };
  const named = start.isCertain("weekday") ? start.get("weekday") : null;
  if (named !== null && named !== weekdayOf(read)) return { problem: `reads two ways (${read} is not a ${WEEKDAYS[named] ?? "weekday"})` };
  if (DAY_MONTH_ORDER.test(text)) {
    const british = BRITISH.parse(text, reference)[0];
    const other = british ? dateOf(british.start) : null;
    if (other !== null && other !== read) return twoWays([read, other]);
  }
  return { date: read };
}

/** The first day after `day` that falls on `weekday` (0 Sunday ... 6 Saturday). */
export function nextWeekday(day: IsoDate, weekday: number): IsoDate {
  const ahead = (weekday - weekdayOf(day) + 7) % 7;
  return addDays(day, ahead === 0 ? 7 : ahead);
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekday(text: string, read: IsoDate | null, wanted: number, day: IsoDate): WordDate {
  const shape = WEEKDAY_PHRASE.exec(text);
  // "last Friday", "Friday next week": chrono's own reading, checked against the note's day later.
  if (!shape) return read === null ? null : { date: read };
  const first = nextWeekday(day, wanted);
  if (shape[1] === undefined || read === first) return { date: first };
  return twoWays([first, read]);
}

function twoWays(dates: Array<IsoDate | null>): WordDate {
  const readings = [...new Set(dates.filter((d): d is IsoDate => d !== null))];
  return { problem: `reads two ways${readings.length > 1 ? ` (${readings.join(" or ")})` : ""}` };
}

/** Whether the text outside chrono's results is only filler (one result) or joining words (several). */
function onlyDates(text: string, results: ParsedResult[]): boolean {
  const allowed = results.length > 1 ? JOINER : FILLER;
  let at = 0;
  for (const result of results) {
    if (!allowed.test(text.slice(at, result.index))) return false;
    at = result.index + result.text.length;
  }
  return allowed.test(text.slice(at));
}

/** A result's day as a calendar date, from its fields (never from a `Date`); null outside 1000-9999. */
function dateOf(components: ParsedResult["start"]): IsoDate | null {
  const year = components.get("year") ?? 0;
  const month = components.get("month") ?? 0;
  const date = components.get("day") ?? 0;
  return parseIsoDate(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`);
}

function localNoon(day: IsoDate): Date {
  const date = new Date(2000, 0, 1, 12);
  // setFullYear, not the constructor: the constructor reads the years 0-99 as 1900-1999.
  date.setFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date;
}

/** 0 for Sunday: 1970-01-01, day number 0, was a Thursday. */
function weekdayOf(day: IsoDate): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}
