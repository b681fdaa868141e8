/**
 * Calendar dates. The core keeps every date as a `YYYY-MM-DD` string: a day in the user's calendar,
 * with no time of day and no time zone. A `Date` appears only at the rrule boundary, and then always
 * as UTC midnight of that day, so the host's time zone (and its DST changes) can never shift a day.
 */
import { describeValue } from "../text/describe-value";

export type IsoDate = string;

/** The moment.js format of an IsoDate, for hosts that turn a moment into one. */
export const ISO_DATE_FORMAT = "YYYY-MM-DD";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date written at the start of a longer value: `2026-11-05T14:00` or `2026-11-05 14:00`. */
const ISO_DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;
const MS_PER_DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1-12) of `year`, by the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * The years Rapport reads. JavaScript's Date reads the years 0-99 as 1900-1999, and a year before 1000
 * or after 9999 is a typing mistake in a personal CRM: such a date is a problem, never a guess.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 9999;

/** `text` when it is a real calendar date written `YYYY-MM-DD` (so not 2026-02-30), else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < FIRST_YEAR) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return text;
}

export function isoToUtc(date: IsoDate): Date {
  return new Date(utcMs(date));
}

/** Milliseconds of the day's UTC midnight. */
function utcMs(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export function utcToIso(date: Date): IsoDate {
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return utcToIso(new Date(utcMs(date) + days * MS_PER_DAY));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days since 1970-01-01: the due list compares days as these numbers. Counted from the digits (the
 * civil-from-days arithmetic of the proleptic Gregorian calendar, H. Hinnant's "days_from_civil") rather
 * than through a Date: a due list asks some ten thousand times, and a Date costs five times as much.
 * A test holds it to Date.UTC on every day of four centuries.
 */
export function dayNumber(date: IsoDate): number {
  const month = digitsAt(date, 5, 2);
  const year = digitsAt(date, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digitsAt(date, 8, 2) - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/** The number written by `length` digits at `start` of `text`. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

export type DateValue = { date: IsoDate } | { problem: string };

/**
 * A frontmatter value read as a calendar date. Obsidian gives strings; a YAML engine may give a
 * `Date` at UTC midnight, so its UTC fields are the day that was written. Returns null when the
 * value is absent or empty, and a problem when it is present but not a real date.
 */
export function dateFromValue(value: unknown): DateValue | null {
  if (value === undefined || value === null || value === "") return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { problem: "is not a date" };
    const year = value.getUTCFullYear();
    return year < FIRST_YEAR || year > LAST_YEAR ? { problem: `the year ${year} is not between ${FIRST_YEAR} and ${LAST_YEAR}` } : { date: utcToIso(value) };
  }
  if (typeof value !== "string") return { problem: `${describeValue(value)} is not a date (expected YYYY-MM-DD)` };
  const text = value.trim();
  const prefix = ISO_DATE_PREFIX.exec(text)?.[1];
  if (prefix === undefined) return { problem: `${describeValue(text)} is not a date (expected YYYY-MM-DD)` };
  const date = parseIsoDate(prefix);
  if (date) return { date };
  return Number(prefix.slice(0, 4)) < FIRST_YEAR ? { problem: `${prefix}: the year is not between ${FIRST_YEAR} and ${LAST_YEAR}` } : { problem: `${prefix} is not a calendar date` };
}

