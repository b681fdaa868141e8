/** Person notes: which notes are people, and what their frontmatter says about them. */
import type { Cadence } from "../calendar/cadence";
import type { Cadences } from "../calendar/cadences";
import { dateFromValue, daysInMonth, type IsoDate } from "../calendar/dates";
import type { CoreSettings } from "../settings";
import { describeValue } from "../text/describe-value";
import { propertyName } from "./property-links";

export interface Birthday {
  month: number;
  day: number;
  /** Null when written `--MM-DD`. */
  year: number | null;
}

export interface PersonFacts {
  /** The note's base name, which is what links use. */
  name: string;
  /** The note's vault path. */
  path: string;
  aliases: string[];
  /**
   * The note's own cadence: a rule; "none", written to say the person is not tracked; "unreadable" when
   * it does not parse (a problem then, and the person is not tracked either); null when none is written,
   * so that the default cadence applies.
   */
  cadence: Cadence | "none" | "unreadable" | null;
  /** The cadence as written, when one is. */
  cadenceWritten: string | null;
  birthday: Birthday | null;
  lastContact: IsoDate | null;
  snoozeUntil: IsoDate | null;
  groups: string[];
  /** Days to reply within when they ask something (`reply_within: 1`); null for the setting's. */
  replyWithin: number | null;
  /** The line (1-based, in the file) of each frontmatter key, for problems about its value. */
  lines: Record<string, number>;
}

/** A problem with one of the person's properties, and the line it is on when known. */
export interface PersonProblem {
  message: string;
  line: number | null;
}

export type Frontmatter = Record<string, unknown>;

export function isPersonNote(path: string, frontmatter: Frontmatter | null, settings: CoreSettings): boolean {
  if (settings.personFolder !== "" && path.startsWith(`${settings.personFolder}/`)) return true;
  if (!frontmatter) return false;
  for (const rule of settings.personRules) {
    const wanted = propertyName(rule.value);
    if (wanted !== "" && textList(frontmatter[rule.property]).some((value) => propertyName(value) === wanted)) return true;
  }
  const tag = settings.personTag.toLowerCase();
  const tags = frontmatter[settings.fields.tags];
  // Most notes' tags do not mention the person tag at all; only those need splitting.
  if (!textList(tags).some((t) => t.toLowerCase().includes(tag))) return false;
  return tagList(tags).some((t) => t === tag || t.startsWith(`${tag}/`));
}

export function readPerson(
  path: string,
  name: string,
  frontmatter: Frontmatter | null,
  settings: CoreSettings,
  cadences: Cadences,
  lines: Record<string, number> = {},
): { person: PersonFacts; problems: PersonProblem[] } {
  const fm = frontmatter ?? {};
  const f = settings.fields;
  const problems: PersonProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ message, line: lines[field] ?? null });
  const date = (field: string): IsoDate | null => {
    const value = dateFromValue(fm[field]);
    if (value && "problem" in value) problem(field, `${field}: ${value.problem}`);
    return value && "date" in value ? value.date : null;
  };
  let cadence: PersonFacts["cadence"] = null;
  const cadenceValue = fm[f.cadence];
  if (cadenceValue !== undefined && cadenceValue !== null && cadenceValue !== "") {
    const parsed = cadences.parse(cadenceValue);
    if (parsed.ok) cadence = parsed.cadence ?? "none";
    else {
      cadence = "unreadable";
      problem(f.cadence, parsed.reason);
    }
  }
  const birthday = readBirthday(fm[f.birthday]);
  if (typeof birthday === "string") problem(f.birthday, `${f.birthday}: ${birthday}`);
  const person: PersonFacts = {
    name,
    path,
    aliases: textList(fm[f.aliases]),
    cadence,
    cadenceWritten: typeof cadenceValue === "string" || typeof cadenceValue === "number" ? String(cadenceValue).trim() : null,
    birthday: typeof birthday === "string" ? null : birthday,
    lastContact: date(f.lastContact),
    snoozeUntil: date(f.snoozeUntil),
    groups: groupList(fm[f.groups]),
    replyWithin: dayCount(fm[f.replyWithin], (message) => problem(f.replyWithin, `${f.replyWithin}: ${message}`)),
    lines,
  };
  return { person, problems };
}

/** A whole number of days, 0 or more, written as a number or as text; null when absent. */
function dayCount(value: unknown, problem: (message: string) => void): number | null {
  if (value === undefined || value === null || value === "") return null;
  const days = typeof value === "number" ? value : typeof value === "string" && /^\s*\d{1,4}\s*$/.test(value) ? Number(value) : NaN;
  if (Number.isInteger(days) && days >= 0 && days <= 9999) return days;
  problem(`${describeValue(value)} is not a number of days`);
  return null;
}

const YEARLESS = /^--(\d{2})-(\d{2})$/;

/** A birthday, or a reason it is not one. Year-less `--MM-DD` allows 29 February. */
function readBirthday(value: unknown): Birthday | null | string {
  if (typeof value === "string") {
    const m = YEARLESS.exec(value.trim());
    if (m) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
      return valid ? { month, day, year: null } : `${value.trim()} is not a calendar date`;
    }
  }
  const date = dateFromValue(value);
  if (date === null) return null;
  if ("problem" in date) return date.problem;
  const [year, month, day] = date.date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** A frontmatter value as a list of non-empty strings: YAML lists, single values, numbers. */
export function textList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v) => typeof v === "string" || typeof v === "number")
    .map((v) => String(v).trim())
    .filter((v) => v !== "");
}

/**
 * Groups: a list's items whole ("inner circle" is one group), or text split at commas; `#` optional,
 * in any case, blanks collapsed, so that a group compares the same however it is written.
 */
export function groupList(value: unknown): string[] {
  return textList(value)
    .flatMap((v) => v.split(","))
    .map(groupName)
    .filter((g) => g !== "");
}

/** A group's name as compared: lower case, no `#`, single blanks. */
export function groupName(written: string): string {
  return written.trim().replace(/^#/, "").replace(/\s+/g, " ").toLowerCase();
}

/** Tags as Obsidian reads them: a list or a comma/space separated string, `#` optional, case-insensitive. */
export function tagList(value: unknown): string[] {
  return textList(value)
    .flatMap((v) => v.split(/[,\s]+/))
    .map((t) => t.replace(/^#/, "").toLowerCase())
    .filter((t) => t !== "");
}
