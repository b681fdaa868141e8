/**
 * When a note happened: daily notes by their path in the daily-note folder and format, other notes by
 * a `date` (or the Journals plugin's `journal-date`) frontmatter field.
 *
 * Parsing a moment.js format is moment's job, not ours: the host injects moment (Obsidian's own inside
 * the app, the `moment` package in the CLI) and the core only asks it for a strict parse.
 */
import { ISO_DATE_FORMAT, dateFromValue, parseIsoDate, type IsoDate } from "../calendar/dates";
import { escapeRegExp } from "../text/escape-regexp";
import type { DailyNoteConfig } from "../settings";

/** The part of moment the core uses. */
export type MomentFn = (input: string, format: string, strict: boolean) => { isValid(): boolean; format(format: string): string };

/** Reads `text` as a date in `format`, strictly; null when it is not one. */
export type StrictDateParser = (text: string, format: string) => IsoDate | null;

export function strictDateParser(moment: MomentFn): StrictDateParser {
  const numericFormats = new Map<string, RegExp | null>();
  return (text, format) => {
    let numeric = numericFormats.get(format);
    if (numeric === undefined) numericFormats.set(format, (numeric = numericFormatPattern(format)));
    if (numeric) return numericDate(numeric.exec(text));
    const parsed = moment(text, format, true);
    // A strict parse can still accept a day that formats differently (a weekday name that does not
    // match the date); the round trip makes the file name and the date agree exactly.
    if (!parsed.isValid() || parsed.format(format) !== text) return null;
    // The same years as every other date (dates.ts): moment reads "0026" as the year 26.
    return parseIsoDate(parsed.format(ISO_DATE_FORMAT));
  };
}

/**
 * moment builds its token patterns anew on every strict parse (some 20 µs a call: most of a cold start
 * at ten years of daily notes). A format made of `YYYY`, `MM`, `DD` and literal text only (the default
 * `YYYY-MM-DD`, `YYYY/MM/YYYY-MM-DD`, ...) needs none of that: strictly, with the round trip, each of
 * those tokens is exactly four or two digits, so one regular expression and a calendar check give the
 * same answer (a property test holds the two to it). Any other token, a weekday or a month name, and
 * moment parses. Null when `format` is not such a format.
 */
function numericFormatPattern(format: string): RegExp | null {
  let pattern = "";
  const seen = new Set<string>();
  for (const [, literal, letters, other] of format.matchAll(/\[([^\]]*)\]|(\p{L}+)|([^\p{L}])/gu)) {
    if (letters !== undefined) {
      const group = NUMERIC_TOKENS[letters];
      if (!group) return null;
      // A token written twice must say the same both times (YYYY/MM/YYYY-MM-DD): a back-reference.
      pattern += seen.has(letters) ? `\\k<${group.name}>` : `(?<${group.name}>\\d{${group.digits}})`;
      seen.add(letters);
    } else if (other === "\\" || other === "[") return null; // an escape, or a bracket left open
    else pattern += escapeRegExp(literal ?? other ?? "");
  }
  return ["YYYY", "MM", "DD"].every((token) => seen.has(token)) ? new RegExp(`^${pattern}$`, "u") : null;
}

const NUMERIC_TOKENS: Record<string, { name: string; digits: number } | undefined> = {
  YYYY: { name: "year", digits: 4 },
  MM: { name: "month", digits: 2 },
  DD: { name: "day", digits: 2 },
};

function numericDate(match: RegExpExecArray | null): IsoDate | null {
  const parts = match?.groups;
  return parts ? parseIsoDate(`${parts.year}-${parts.month}-${parts.day}`) : null;
}

export const DATE_FIELDS = ["date", "journal-date"] as const;

/** The date of a daily note from its vault path, or null when the path is not one. */
export function dailyNoteDate(path: string, config: DailyNoteConfig, parse: StrictDateParser): IsoDate | null {
  if (!path.endsWith(".md")) return null;
  const prefix = config.folder === "" ? "" : `${config.folder}/`;
  if (!path.startsWith(prefix)) return null;
  return parse(path.slice(prefix.length, -".md".length), config.format);
}

/**
 * The date a wikilink target names, for items that start with a link to their day (`[[2026-11-05]]`,
 * `[[Journal/2026/11/2026-11-05]]`): an ISO date, or a daily note's name in the vault's format.
 */
export function linkedDate(target: string, config: DailyNoteConfig, parse: StrictDateParser): IsoDate | null {
  const iso = dateFromValue(target.split("/").pop() ?? "");
  if (iso && "date" in iso) return iso.date;
  const prefix = config.folder === "" ? "" : `${config.folder}/`;
  const relative = target.startsWith(prefix) ? target.slice(prefix.length) : target;
  const full = parse(relative, config.format);
  if (full) return full;
  // A link by base name alone, as Obsidian writes it when the name is unique. Only when that part of
  // the format has the year: moment would otherwise fill in the current year from the clock.
  const lastPart = config.format.split("/").pop() ?? config.format;
  if (lastPart === config.format || !lastPart.includes("Y")) return null;
  return parse(relative.split("/").pop() ?? relative, lastPart);
}

/** A note named after its day: `2023-09-12 Meeting with Steph`, `2023-09-12`. */
const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?![\d-])/;

/** The date a note's file name starts with, as meeting and reference notes are often named. */
export function fileNameDate(basename: string): IsoDate | null {
  const written = FILE_NAME_DATE.exec(basename)?.[1];
  const value = written === undefined ? null : dateFromValue(written);
  return value && "date" in value ? value.date : null;
}
