/**
 * When a cadence next falls: the first day of the rule strictly after the last contact, the rule
 * starting at the last contact.
 *
 * Month-end and leap-day policy: rrule skips months that lack the day of the start date, so "every
 * month" after 31 October would be 31 December and "every year" after 29 February 2024 would be 2028.
 * Users expect the month's last day instead, so a monthly or yearly rule that falls on a day above the
 * 28th is evaluated as "that day, or the month's last day when the month is shorter".
 *
 * The search is bounded. rrule looks for a next day until the year 9999 even when none can come, and a
 * monthly or yearly rule can pass every check and still never fall after a given start (every 12 months
 * on the 30th and 31st, from a February). The Gregorian calendar repeats exactly every 400 years
 * (weekdays, leap years, week numbers), so the rule is walked from the same day moved to within 500
 * years of 9999, where rrule's own end stops it, and the answer moved back. An answer more than
 * HORIZON_YEARS after the last contact counts as none.
 */
import { Frequency, RRule } from "rrule";
import { isoToUtc, LAST_YEAR, utcToIso, type IsoDate } from "./dates";
import type { Cadence, CadenceOptions } from "./cadence";
import { HORIZON_YEARS } from "./rule-check";

export type NextCheckIn =
  | { due: IsoDate }
  /** The rule's UNTIL has passed: no more check-ins, and nothing wrong. */
  | { ended: true }
  /** No day of the rule falls within HORIZON_YEARS after the last contact. */
  | { never: true };

const CYCLE_YEARS = 400;
/** The search starts in the years (9499, 9899]: between 100 and 500 years before rrule stops. */
const SEARCH_FROM_YEAR = 9899;

export function nextCheckIn(cadence: Cadence, lastContact: IsoDate): NextCheckIn {
  const start = isoToUtc(lastContact);
  const options = clampToMonthEnd(cadence.options, start);
  const until = options.until ?? null;
  if (until !== null && until.getTime() <= start.getTime()) return { ended: true };
  const shift = CYCLE_YEARS * Math.floor((SEARCH_FROM_YEAR - start.getUTCFullYear()) / CYCLE_YEARS);
  // noCache: a rule is built once per cadence and day; rrule's cache would only grow.
  const rule = new RRule({ ...options, dtstart: moved(start, shift), until: until && moved(until, shift) }, true);
  const found = rule.after(moved(start, shift), false);
  if (found === null) return until !== null ? { ended: true } : { never: true };
  const due = moved(found, -shift);
  const tooLate = due.getTime() > moved(start, HORIZON_YEARS).getTime() || due.getUTCFullYear() > LAST_YEAR;
  return tooLate ? { never: true } : { due: utcToIso(due) };
}

/** `date` moved by whole years (a multiple of 400 keeps 29 February a leap day). */
function moved(date: Date, years: number): Date {
  const copy = new Date(date.getTime());
  copy.setUTCFullYear(date.getUTCFullYear() + years);
  return copy;
}

/** See the policy at the top of this file. */
function clampToMonthEnd(options: CadenceOptions, start: Date): CadenceOptions {
  const monthly = options.freq === Frequency.MONTHLY;
  const yearly = options.freq === Frequency.YEARLY;
  if (!monthly && !yearly) return options;
  if (hasAny(options.byweekday) || hasAny(options.bysetpos) || hasAny(options.byyearday) || hasAny(options.byweekno)) {
    return options;
  }
  const days = asList(options.bymonthday);
  if (days.length > 1) return options;
  const day = days[0] ?? start.getUTCDate();
  if (day <= 28) return options;
  const months = asList(options.bymonth);
  if (yearly && months.length > 1) return options;
  const candidates = Array.from({ length: day - 27 }, (_, i) => 28 + i);
  const clamped: CadenceOptions = { ...options, bymonthday: candidates, bysetpos: [-1] };
  if (yearly) clamped.bymonth = [months[0] ?? start.getUTCMonth() + 1];
  return clamped;
}

function asList<T>(value: T | T[] | null | undefined): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function hasAny(value: unknown): boolean {
  return asList(value).length > 0;
}
