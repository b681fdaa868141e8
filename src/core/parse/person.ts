/** Person notes: which notes are people, and what their frontmatter says about them. */
import type { Cadence } from "../calendar/cadence";
import type { Cadences } from "../calendar/cadences";
import { dateFromValue, daysInMonth, type IsoDate } from "../calendar/dates";
import type { CoreSettings } from "../settings";

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
  /** The note's own cadence; null when it has none or it does not parse (a problem then). */
  cadence: Cadence | null;
  birthday: Birthday | null;
  lastContact: IsoDate | null;
  snoozeUntil: IsoDate | null;
  groups: string[];
}

export type Frontmatter = Record<string, unknown>;

export function isPersonNote(path: string, frontmatter: Frontmatter | null, settings: CoreSettings): boolean {
  if (settings.personFolder !== "" && path.startsWith(`${settings.personFolder}/`)) return true;
  if (!frontmatter) return false;
  const wanted = settings.personType.toLowerCase();
  if (textList(frontmatter[settings.fields.type]).some((t) => t.toLowerCase() === wanted)) return true;
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
): { person: PersonFacts; problems: string[] } {
  const fm = frontmatter ?? {};
  const f = settings.fields;
  const problems: string[] = [];
  const date = (field: string): IsoDate | null => {
    const value = dateFromValue(fm[field]);
    if (value && "problem" in value) problems.push(`${field}: ${value.problem}`);
    return value && "date" in value ? value.date : null;
  };
  let cadence: Cadence | null = null;
  const cadenceValue = fm[f.cadence];
  if (cadenceValue !== undefined && cadenceValue !== null && cadenceValue !== "") {
    const parsed = cadences.parse(cadenceValue);
    if (parsed.ok) cadence = parsed.cadence;
    else problems.push(parsed.reason);
  }
  const birthday = readBirthday(fm[f.birthday]);
  if (typeof birthday === "string") problems.push(`${f.birthday}: ${birthday}`);
  const person: PersonFacts = {
    name,
    path,
    aliases: textList(fm[f.aliases]),
    cadence,
    birthday: typeof birthday === "string" ? null : birthday,
    lastContact: date(f.lastContact),
    snoozeUntil: date(f.snoozeUntil),
    groups: tagList(fm[f.groups]),
  };
  return { person, problems };
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

/** Tags as Obsidian reads them: a list or a comma/space separated string, `#` optional, case-insensitive. */
function tagList(value: unknown): string[] {
  return textList(value)
    .flatMap((v) => v.split(/[,\s]+/))
    .map((t) => t.replace(/^#/, "").toLowerCase())
    .filter((t) => t !== "");
}
