/**
 * Cadence: how often to reconnect with someone, as a recurrence rule evaluated by rrule.
 *
 * `parseCadence` is the one place that turns what a user wrote into a rule. It never throws: any text
 * gives a cadence, "not tracked" (`none`), or a plain-English reason. rrule's text parser rejects or
 * misreads several common phrases (it returns null for "quarterly", throws for "weekly" and "every
 * other week", and silently drops words it does not know, so "every 2 weeks blah" would be read as
 * "every 2 weeks"); those are normalised first, and an English rule is accepted only when rrule
 * understood every word of it. Every rule, English or RFC 5545, is then checked part by part before
 * rrule walks it (rule-check.ts). Times of day (BYHOUR and the like) are checked, then dropped: Rapport
 * counts whole days. When the next check-in falls is next-check-in.ts's.
 */
import { RRule } from "rrule";
import { describeValue } from "../text/describe-value";
import { ruleProblem, type RuleParts } from "./rule-check";

export type CadenceOptions = RuleParts;

export interface Cadence {
  /** What the user wrote, trimmed. */
  source: string;
  /** The rule without its start (the start is always the last contact) and without times of day. */
  options: CadenceOptions;
  /** The rule in words, from rrule: "every 2 weeks". */
  words: string;
}

/** `cadence: null` is `none`: written to say the person is not tracked, whatever the default. */
export type CadenceResult = { ok: true; cadence: Cadence | null } | { ok: false; reason: string };

/** What a user writes to say "do not track this person". */
export const NOT_TRACKED = "none";

/** Longer than any cadence: such text is a mistake, and rrule's parser is not to be fed megabytes. */
const MAX_LENGTH = 200;

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
  if (typeof value !== "string" || value.trim() === "") return { ok: false, reason: `the cadence is ${describeValue(value)}, not text` };
  const source = value.trim();
  if (source.toLowerCase() === NOT_TRACKED) return { ok: true, cadence: null };
  const quoted = describeValue(source);
  if (source.length > MAX_LENGTH) return { ok: false, reason: `cadence ${quoted} is too long to be a rule` };
  const parsed = RFC_RULE.test(source) ? parseRfcRule(source) : parseEnglish(source);
  if ("reason" in parsed) return { ok: false, reason: `cadence ${quoted} ${parsed.reason}` };
  const problem = ruleProblem(parsed.options);
  if (problem !== null) return { ok: false, reason: `cadence ${quoted} ${problem}` };
  const { byhour: _h, byminute: _m, bysecond: _s, ...options } = parsed.options;
  try {
    return { ok: true, cadence: { source, options, words: new RRule(options, true).toText() } };
  } catch (error) {
    return { ok: false, reason: `cadence ${quoted} is not a valid rule: ${(error as Error).message}` };
  }
}

const WEEKDAYS = new Set(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);

function parseRfcRule(source: string): { options: CadenceOptions } | { reason: string } {
  const text = source.replace(/^rrule:/i, "").toUpperCase();
  // rrule drops a week start it cannot read (WKST=XX) without a word: read it here.
  for (const part of text.split(";")) {
    const [key, value = ""] = part.split("=");
    if (key === "WKST" && !WEEKDAYS.has(value)) return { reason: `has WKST=${value}, which is not a day of the week (MO to SU)` };
  }
  try {
    const { dtstart: _ignored, ...options } = RRule.parseString(text);
    return { options };
  } catch (error) {
    return { reason: `is not a valid RRULE: ${(error as Error).message}` };
  }
}

function parseEnglish(source: string): { options: CadenceOptions } | { reason: string } {
  const text = normaliseCadenceText(source);
  const understood = 'is not a rule Rapport understands (try "every 2 weeks")';
  let options: CadenceOptions | null = null;
  try {
    options = RRule.parseText(text);
  } catch {
    options = null;
  }
  if (!options) return { reason: understood };
  let description: string;
  try {
    description = new RRule(options, true).toText();
  } catch {
    return { reason: understood };
  }
  const described = new Set(description.toLowerCase().split(/\W+/));
  const ignored = text.split(/[^a-z0-9]+/).filter((w) => w && !described.has(w) && !FILLER_WORDS.has(w));
  if (ignored.length > 0) return { reason: `has words Rapport does not understand: ${ignored.join(", ")}` };
  return { options };
}
