/**
 * What makes a recurrence rule one Rapport can evaluate, checked before rrule ever runs it. rrule
 * accepts parts out of range (BYMONTH=13, BYWEEKNO=60) and combinations that can never fall on a day
 * (every 30 February), then walks day by day to the year 9999 looking for one: seconds per person.
 * So every part is checked against RFC 5545's ranges and its table of which part goes with which
 * frequency, and the combinations that could make a daily or weekly walk find nothing are refused with
 * a reason. What is left either falls on a day within a few periods or is a monthly or yearly rule,
 * whose walk the next-check-in search bounds (next-check-in.ts).
 */
import { Frequency, type Options } from "rrule";
import { daysInMonth, FIRST_YEAR, LAST_YEAR } from "./dates";

export type RuleParts = Partial<Omit<Options, "dtstart">>;

/** The longest cadence: as long as the next-check-in search looks ahead. */
export const HORIZON_YEARS = 100;
const MAX_INTERVAL: Record<number, number> = {
  [Frequency.YEARLY]: HORIZON_YEARS,
  [Frequency.MONTHLY]: HORIZON_YEARS * 12,
  [Frequency.WEEKLY]: Math.floor((HORIZON_YEARS * 36525) / 700),
  [Frequency.DAILY]: (HORIZON_YEARS * 36525) / 100,
};

/** Inclusive range of each numeric part; a negative value counts from the end where RFC 5545 allows it. */
const RANGES: Array<[keyof RuleParts, string, number, number, boolean]> = [
  ["bymonth", "BYMONTH", 1, 12, false],
  ["bymonthday", "BYMONTHDAY", 1, 31, true],
  ["byyearday", "BYYEARDAY", 1, 366, true],
  ["byweekno", "BYWEEKNO", 1, 53, true],
  ["bysetpos", "BYSETPOS", 1, 366, true],
  ["byhour", "BYHOUR", 0, 23, false],
  ["byminute", "BYMINUTE", 0, 59, false],
  ["bysecond", "BYSECOND", 0, 60, false],
];

/** Why the rule cannot be a cadence, or null when it can. */
export function ruleProblem(rule: RuleParts): string | null {
  const freq = rule.freq;
  if (typeof freq !== "number" || Frequency[freq] === undefined) return "has no frequency";
  if (freq > Frequency.DAILY) return "is shorter than a day; Rapport counts whole days";
  if (rule.count !== undefined && rule.count !== null) return "has a COUNT, which means nothing when it restarts at each contact";
  if (rule.byeaster !== undefined && rule.byeaster !== null) return "has a BYEASTER, which is not part of RFC 5545";
  const interval = rule.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1) return "has an interval that is not a whole number of 1 or more";
  if (interval > (MAX_INTERVAL[freq] ?? 0)) return `is longer than ${HORIZON_YEARS} years`;
  for (const [key, name, min, max, negative] of RANGES) {
    for (const value of listOf(rule[key])) {
      const ok = typeof value === "number" && Number.isInteger(value) && ((value >= min && value <= max) || (negative && value <= -min && value >= -max));
      if (!ok) return `has ${name}=${String(value)}, outside ${negative ? `±${min} to ±${max}` : `${min} to ${max}`}`;
    }
  }
  const days = listOf(rule.byweekday);
  for (const day of days) {
    const weekday = typeof day === "number" ? day : (day as { weekday?: unknown } | null)?.weekday;
    if (typeof weekday !== "number" || weekday < 0 || weekday > 6) return "has a BYDAY that is not a day of the week";
  }
  if (rule.until instanceof Date) {
    const year = rule.until.getUTCFullYear();
    if (Number.isNaN(year) || year < FIRST_YEAR || year > LAST_YEAR) return "has an UNTIL that is not a date";
  }
  return partsForFrequency(rule, freq, interval) ?? neverCombination(rule);
}

/**
 * RFC 5545's table of which parts go with which frequency, and the parts that narrow a daily or weekly
 * rule down (BYMONTH, say): with an interval above 1 such a rule may never fall on a day at all.
 */
function partsForFrequency(rule: RuleParts, freq: Frequency, interval: number): string | null {
  const has = (key: keyof RuleParts) => listOf(rule[key]).length > 0;
  const nth = listOf(rule.byweekday).some((day) => typeof day === "object" && day !== null && typeof (day as { n?: unknown }).n === "number" && (day as { n: number }).n !== 0);
  if (has("byweekno") && freq !== Frequency.YEARLY) return "has a BYWEEKNO, which RFC 5545 allows only in a yearly rule";
  if (has("byyearday") && freq !== Frequency.YEARLY) return "has a BYYEARDAY, which RFC 5545 allows only in a yearly rule";
  if (has("bymonthday") && freq === Frequency.WEEKLY) return "has a BYMONTHDAY, which RFC 5545 does not allow in a weekly rule";
  if (nth && freq !== Frequency.MONTHLY && freq !== Frequency.YEARLY) return "counts weekdays (like 1MO), which RFC 5545 allows only in a monthly or yearly rule";
  if (nth && has("byweekno")) return "counts weekdays (like 1MO) beside a BYWEEKNO, which RFC 5545 does not allow";
  const daysPart = ["bymonth", "bymonthday", "byyearday", "byweekno", "byweekday"].some((key) => has(key as keyof RuleParts));
  if (has("bysetpos") && !daysPart) return "has a BYSETPOS with nothing to pick from";
  if (has("bysetpos") && (freq === Frequency.DAILY || freq === Frequency.WEEKLY)) return "has a BYSETPOS, which picks among a period's days: use it in a monthly or yearly rule";
  const narrows = has("bymonth") || (freq === Frequency.DAILY && (has("bymonthday") || has("byweekday")));
  if (interval > 1 && narrows && (freq === Frequency.DAILY || freq === Frequency.WEEKLY)) {
    return "repeats every few days or weeks but only in some months or on some days, so it may never fall on one: write it as a weekly, monthly or yearly rule";
  }
  return null;
}

/** A day of the month that no listed month has (30 February) can never come. */
function neverCombination(rule: RuleParts): string | null {
  const monthDays = listOf(rule.bymonthday) as number[];
  if (monthDays.length === 0) return null;
  const months = (listOf(rule.bymonth) as number[]).length > 0 ? (listOf(rule.bymonth) as number[]) : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const fits = months.some((month) => monthDays.some((day) => Math.abs(day) <= daysInMonth(2000, month)));
  return fits ? null : "never falls on a day: no month it names has that day of the month";
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
