/**
 * Cadence: how often to reconnect with someone, as a recurrence rule evaluated by rrule.
 *
 * `parseCadence` is the one place that turns what a user wrote into a rule. It never throws: any text
 * gives a cadence or a plain-English reason. rrule's text parser rejects or misreads several common
 * phrases (it returns null for "quarterly", throws for "weekly" and "every other week", and silently
 * drops words it does not know, so "every 2 weeks blah" would be read as "every 2 weeks"); those are
 * normalised first, and an English rule is accepted only when rrule understood every word of it.
 *
 * Month-end and leap-day policy (`nextCheckIn`): rrule skips months that lack the day of the start
 * date, so "every month" after 31 October would be 31 December and "every year" after 29 February 2024
 * would be 2028. Users expect the month's last day instead, so a monthly or yearly rule that falls on a
 * day above the 28th is evaluated as "that day, or the month's last day when the month is shorter".
 */
import { Frequency, RRule, type Options } from "rrule";
import { isoToUtc, utcToIso, type IsoDate } from "./dates";

export type CadenceOptions = Partial<Omit<Options, "dtstart">>;

export interface Cadence {
  /** What the user wrote, trimmed. */
  source: string;
  /** The rule without its start: the start is always the last contact. */
  options: CadenceOptions;
  /** The rule in words, from rrule: "every 2 weeks". */
  words: string;
}

export type CadenceResult = { ok: true; cadence: Cadence } | { ok: false; reason: string };

// Maps, not object literals: a cadence of "__proto__" or "constructor" must not find Object's own members.
const SHORT_WORDS = new Map<string, string>(Object.entries({
  daily: "every day",
  weekly: "every week",
  biweekly: "every 2 weeks",
  fortnightly: "every 2 weeks",
  monthly: "every month",
  bimonthly: "every 2 months",
  quarterly: "every 3 months",
  semiannually: "every 6 months",
  "half-yearly": "every 6 months",
  yearly: "every year",
  annually: "every year",
}));

const NUMBER_WORDS = new Map<string, string>(Object.entries({
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  ten: "10", eleven: "11", twelve: "12", eighteen: "18", twenty: "20", thirty: "30",
}));

const UNIT_LETTERS = new Map<string, string>(Object.entries({ d: "days", w: "weeks", m: "months", y: "years" }));

/** Words rrule reads without echoing them back in its description. */
const FILLER_WORDS = new Set(["day", "days", "the", "and", "on", "of", "in", "at", "a"]);

const RFC_RULE = /^(?:rrule:)?freq=/i;

/** Rewrites the phrases rrule's text parser rejects or misreads into ones it reads correctly. */
export function normaliseCadenceText(text: string): string {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
  const compact = /^(\d+) ?([dwmy])$/.exec(t);
  const english =
    SHORT_WORDS.get(t) ??
    (/^\d+$/.test(t)
      ? `every ${t} days`
      : compact
        ? `every ${compact[1]} ${UNIT_LETTERS.get(compact[2] as string)}`
        : t
            .replace(/\b[a-z]+\b/g, (word) => NUMBER_WORDS.get(word) ?? word)
            .replace(/^every other (day|week|month|year)s?\b/, "every 2 $1s")
            .replace(/^every (\d+) (day|week|month|year)\b(?!s)/, "every $1 $2s"));
  // rrule reads "every 1 weeks" as an interval of 1 but describes it as "every week".
  return english.replace(/^every 1 (day|week|month|year)s\b/, "every $1");
}

/** Reads what a user wrote as a cadence. Slow (rrule parses and describes it): `Cadences` keeps each result. */
export function parseCadence(value: unknown): CadenceResult {
  if (typeof value === "number") value = String(value);
  if (typeof value !== "string" || value.trim() === "") {
    return { ok: false, reason: `cadence ${JSON.stringify(value)} is not text` };
  }
  const source = value.trim();
  const parsed = RFC_RULE.test(source) ? parseRfcRule(source) : parseEnglish(source);
  if ("reason" in parsed) return { ok: false, reason: parsed.reason };
  const options = parsed.options;
  if (typeof options.freq !== "number" || Frequency[options.freq] === undefined) {
    return { ok: false, reason: `cadence "${source}" has no frequency` };
  }
  if (options.freq > Frequency.DAILY) {
    return { ok: false, reason: `cadence "${source}" is shorter than a day; Rapport counts whole days` };
  }
  if (options.count !== undefined && options.count !== null) {
    return { ok: false, reason: `cadence "${source}" has a COUNT, which means nothing when it restarts at each contact` };
  }
  if (options.interval !== undefined && options.interval < 1) {
    return { ok: false, reason: `cadence "${source}" has an interval below 1` };
  }
  try {
    const words = new RRule(options, true).toText();
    return { ok: true, cadence: { source, options, words } };
  } catch (error) {
    // rrule validates some parts only when a rule is built (a BYDAY of "XX", say).
    return { ok: false, reason: `cadence "${source}" is not a valid rule: ${(error as Error).message}` };
  }
}

function parseRfcRule(source: string): { options: CadenceOptions } | { reason: string } {
  try {
    const { dtstart: _ignored, ...options } = RRule.parseString(source.replace(/^rrule:/i, "").toUpperCase());
    return { options };
  } catch (error) {
    return { reason: `cadence "${source}" is not a valid RRULE: ${(error as Error).message}` };
  }
}

function parseEnglish(source: string): { options: CadenceOptions } | { reason: string } {
  const text = normaliseCadenceText(source);
  let options: CadenceOptions | null = null;
  try {
    options = RRule.parseText(text);
  } catch {
    options = null;
  }
  if (!options) return { reason: `cadence "${source}" is not a rule Rapport understands (try "every 2 weeks")` };
  let description: string;
  try {
    description = new RRule(options, true).toText();
  } catch {
    return { reason: `cadence "${source}" is not a rule Rapport understands (try "every 2 weeks")` };
  }
  const described = new Set(description.toLowerCase().split(/\W+/));
  const ignored = text.split(/[^a-z0-9]+/).filter((w) => w && !described.has(w) && !FILLER_WORDS.has(w));
  if (ignored.length > 0) {
    return { reason: `cadence "${source}" has words Rapport does not understand: ${ignored.join(", ")}` };
  }
  return { options };
}

/**
 * The next check-in: the first occurrence of the rule strictly after the last contact, the rule
 * starting at the last contact. Null when the rule has no further occurrence (an UNTIL in the past).
 */
export function nextCheckIn(cadence: Cadence, lastContact: IsoDate): IsoDate | null {
  const start = isoToUtc(lastContact);
  // noCache: a rule is built per person and query; rrule's cache would only grow.
  const rule = new RRule({ ...clampToMonthEnd(cadence.options, start), dtstart: start }, true);
  const next = rule.after(start, false);
  return next ? utcToIso(next) : null;
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
