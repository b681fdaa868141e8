/**
 * When a note happened: daily notes by their path in the daily-note folder and format, other notes by
 * a `date` (or the Journals plugin's `journal-date`) frontmatter field.
 *
 * Parsing a moment.js format is moment's job, not ours: the host injects moment (Obsidian's own inside
 * the app, the `moment` package in the CLI) and the core only asks it for a strict parse.
 */
import { ISO_DATE_FORMAT, dateFromValue, type IsoDate } from "./dates";
import type { DailyNoteConfig } from "./settings";

/** The part of moment the core uses. */
export type MomentFn = (input: string, format: string, strict: boolean) => { isValid(): boolean; format(format: string): string };

/** Reads `text` as a date in `format`, strictly; null when it is not one. */
export type StrictDateParser = (text: string, format: string) => IsoDate | null;

export function strictDateParser(moment: MomentFn): StrictDateParser {
  return (text, format) => {
    const parsed = moment(text, format, true);
    // A strict parse can still accept a day that formats differently (a weekday name that does not
    // match the date); the round trip makes the file name and the date agree exactly.
    if (!parsed.isValid() || parsed.format(format) !== text) return null;
    return parsed.format(ISO_DATE_FORMAT);
  };
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
