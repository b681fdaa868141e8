/**
 * One note in, its facts out: whether it is a person, when it happened, and the list items that may be
 * interactions or commitments. Depends on nothing but the note and the settings, so a changed note is
 * re-read alone; links are resolved later, against the whole index.
 */
import type { Cadences } from "../calendar/cadences";
import { dateFromValue, type IsoDate } from "../calendar/dates";
import { askFields, personNoteAsks } from "./ask-field";
import { scanListItems, TASK_OR_DATED_ITEM, type ListItem } from "./blocks";
import { scanInline } from "./inline";
import { withWordDate } from "./promise-date";
import { basenameOf } from "./note-name";
import { DATE_FIELDS, dailyNoteDate, fileNameDate, linkedDate, type StrictDateParser } from "./note-date";
import { frontmatterLines } from "./frontmatter-lines";
import { propertyTarget } from "./property-links";
import { isPersonNote, readPerson, tagList, textList, type Frontmatter, type PersonFacts } from "./person";
import type { Problem } from "../problem";
import { isIgnoredPath, type CoreSettings } from "../settings";
import { hasDueField, readTask, type TaskFacts } from "./task";

/** A note as a host hands it to the core. */
export interface SourceNote {
  /** Vault-relative path with `/` separators, ending `.md`. */
  path: string;
  /** Parsed frontmatter; null when the note has none (or it did not parse: see `frontmatterProblem`). */
  frontmatter: Frontmatter | null;
  frontmatterProblem?: Problem;
  /** The text after the frontmatter. */
  body: string;
  /** How many lines of the file come before `body` (the frontmatter block). */
  bodyLine: number;
  /** The frontmatter's YAML as written, when the host has it: problems then name their lines. */
  yaml?: string;
}

export interface Entry {
  /** 1-based line in the file. */
  line: number;
  /** The item's own leading date, if it starts with one. */
  date: IsoDate | null;
  /** The item's words, its leading date removed. */
  text: string;
  /** The notes the item and its plain sub-items (which belong to it) link to, as written. */
  links: readonly string[];
  tags: readonly string[];
  task: TaskFacts | null;
}

/** An `ask:: 2026-12-05 her interview` field: in a person's note (about them) or in an interaction. */
export interface AskFact {
  line: number;
  date: IsoDate;
  about: string;
  /** The people it is about, as the interaction links them; none in a person's note (it is about them). */
  links: readonly string[];
}

export interface NoteFacts {
  path: string;
  /** File name without folder and `.md`: what a link by name matches. */
  basename: string;
  person: PersonFacts | null;
  date: IsoDate | null;
  entries: readonly Entry[];
  asks: readonly AskFact[];
  problems: readonly Problem[];
  /** The note has a frontmatter block that does not parse: Rapport never writes to such a note. */
  brokenFrontmatter: boolean;
}

export interface ParseContext {
  settings: CoreSettings;
  parseDate: StrictDateParser;
  cadences: Cadences;
}

const LEADING_ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)[ \t]*[:\-–—]?[ \t]*/;
/** What may separate an item's leading date from its words: "2026-11-05: ...", "[[2026-11-05]] - ...". */
const AFTER_LEADING_DATE = /^[ \t]*[:\-–—]?[ \t]*/;

export function parseNote(source: SourceNote, ctx: ParseContext): NoteFacts {
  const { path, frontmatter } = source;
  // A template is not a note: `date: {{date}}` in it says nothing, and nothing in it is a problem.
  if (isIgnoredPath(path, ctx.settings)) return factsOfSilentNote(path);
  const problems: Problem[] = source.frontmatterProblem ? [source.frontmatterProblem] : [];
  const problem = (message: string, line: number | null = null) => problems.push({ path, line, message });
  const lines = source.yaml === undefined ? {} : frontmatterLines(source.yaml);

  let person: PersonFacts | null = null;
  const basename = basenameOf(path);
  if (isPersonNote(path, frontmatter, ctx.settings)) {
    const read = readPerson(path, basename, frontmatter, ctx.settings, ctx.cadences, lines);
    person = read.person;
    read.problems.forEach(({ message, line }) => problem(message, line));
  }

  let date = dailyNoteDate(path, ctx.settings.dailyNotes, ctx.parseDate);
  for (const field of DATE_FIELDS) {
    if (date !== null || !frontmatter) break;
    const value = dateFromValue(frontmatter[field]);
    if (value && "problem" in value) problem(`${field}: ${value.problem}`, lines[field] ?? null);
    if (value && "date" in value) date = value.date;
  }
  if (date === null && ctx.settings.datedByFileName) date = fileNameDate(basename);

  const entries: Entry[] = [];
  const asks: AskFact[] = [];
  // `line` is where a problem shows; `at` the line the ask is kept at: its interaction's, which does not clear it.
  const readAsks = (text: string, line: number, links: readonly string[], at = line) => {
    for (const ask of askFields(text)) {
      if ("problem" in ask) problem(ask.problem, line);
      else asks.push({ line: at, date: ask.date, about: ask.about, links });
    }
  };
  if (person !== null) personNoteAsks(source, readAsks);
  const wordDates = { read: 0, days: { dailyNotes: ctx.settings.dailyNotes, parseDate: ctx.parseDate } };
  // A dated note that lists who was there (a meeting's `people`) is an interaction with each of them.
  if (date !== null && frontmatter) {
    const attendees = attendeesOf(frontmatter, ctx.settings.peopleProperties, lines);
    if (attendees) entries.push({ line: attendees.line, date: null, text: basename, links: attendees.links, tags: tagList(frontmatter[ctx.settings.fields.tags]), task: null });
  }

  // Skip the scan where it cannot find anything: entries need a link (or a person's own note), and in
  // an undated note only tasks and items with their own date can count.
  const body = source.body;
  const mayLink = body.includes("[[") || body.includes("](");
  const mayHaveEntries = person !== null || (mayLink && (date !== null || TASK_OR_DATED_ITEM.test(body)));
  const items = mayHaveEntries ? scanListItems(source.body) : [];
  const consumed = new Set<number>();
  items.forEach((item, index) => {
    if (consumed.has(index)) return;
    const line = source.bodyLine + item.line + 1;
    const lead = leadingDate(item, ctx);
    if (lead.problem) problem(lead.problem, line);
    let task = item.checkbox === null ? null : readTask(item, (message) => problem(message, line));
    let links = lead.link ? item.links.slice(1) : item.links;
    // Only a promise (a task that links someone, or in a person's note) in a dated note has its date read from its words.
    const promise = task !== null && (links.length > 0 || person !== null);
    if (task && promise && date !== null && ctx.settings.plainWordDates && !hasDueField(item.text)) task = withWordDate(task, lead.rest, date, line, wordDates, problem);
    // An item that names no one and no day ("- Meetings") only groups its sub-items: they stand alone.
    const ownsSubItems = !task && (links.length > 0 || lead.date !== null);
    let subItems: Array<{ text: string; line: number }> | null = null;
    if (ownsSubItems) {
      for (const child of descendants(items, index)) {
        if (child.item.checkbox !== null) continue;
        consumed.add(child.index);
        if (child.item.links.length > 0) links = links.concat(child.item.links);
        (subItems ??= []).push({ text: child.item.text, line: source.bodyLine + child.item.line + 1 });
      }
    }
    // What can count: a task, or an item with a day (its own or its note's) that links someone; in a
    // person's own note, also a task or a dated item that links no one. Nothing else is kept.
    const dated = lead.date !== null || date !== null;
    const counts = (links.length > 0 && (task !== null || dated)) || (person !== null && (task !== null || lead.date !== null));
    if (counts) entries.push({ line, date: lead.date, text: lead.rest, links, tags: item.tags, task });
    // An interaction may say what to ask them about later, on its line or a sub-item's.
    if (counts && !task && dated && person === null) {
      readAsks(lead.rest, line, links);
      for (const sub of subItems ?? []) readAsks(sub.text, sub.line, links, line);
    }
  });
  return {
    path,
    basename,
    person,
    date,
    // Most notes have neither: one shared empty list each instead of two arrays per note.
    entries: entries.length === 0 ? NO_ENTRIES : entries,
    asks: asks.length === 0 ? NO_ASKS : asks,
    problems: problems.length === 0 ? NO_PROBLEMS : problems,
    brokenFrontmatter: source.frontmatterProblem !== undefined,
  };
}

const NO_ENTRIES: readonly Entry[] = Object.freeze([]);
const NO_ASKS: readonly AskFact[] = Object.freeze([]);
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** Whether a note's facts are only its name: not a person, no date, nothing to count, no problem. */
export function saysNothing(facts: NoteFacts): boolean {
  return facts.person === null && facts.date === null && facts.entries.length === 0 && facts.asks.length === 0 && facts.problems.length === 0 && !facts.brokenFrontmatter;
}

/** The facts of a note that says nothing, from its path alone (the index keeps no more of such a note). */
export function factsOfSilentNote(path: string): NoteFacts {
  return { path, basename: basenameOf(path), person: null, date: null, entries: NO_ENTRIES, asks: NO_ASKS, problems: NO_PROBLEMS, brokenFrontmatter: false };
}

/** An item's own date: `2026-11-05 ...` or a link to that day's note, `[[2026-11-05]] ...`. */
function leadingDate(item: ListItem, ctx: ParseContext): { date: IsoDate | null; rest: string; link: boolean; problem?: string } {
  const iso = LEADING_ISO_DATE.exec(item.text);
  if (iso) {
    const value = dateFromValue(iso[1]);
    if (value && "date" in value) return { date: value.date, rest: item.text.slice(iso[0].length), link: false };
    return { date: null, rest: item.text, link: false, problem: `${iso[1]} is not a calendar date` };
  }
  const link = item.text.startsWith("[[") ? scanInline(item.text).links[0] : undefined;
  const linked = link && link.start === 0 && !link.embed ? linkedDate(link.target, ctx.settings.dailyNotes, ctx.parseDate) : null;
  if (link && linked) {
    const rest = item.text.slice(link.end);
    return { date: linked, rest: rest.slice(AFTER_LEADING_DATE.exec(rest)?.[0].length ?? 0), link: true };
  }
  return { date: null, rest: item.text, link: false };
}

/** The items nested under `items[index]`, with their indexes (they follow it directly). */
function descendants(items: ListItem[], index: number): Array<{ item: ListItem; index: number }> {
  const found: Array<{ item: ListItem; index: number }> = [];
  const inside = new Set([index]);
  for (let i = index + 1; i < items.length; i++) {
    const item = items[i] as ListItem;
    if (!inside.has(item.parent)) break;
    inside.add(i);
    found.push({ item, index: i });
  }
  return found;
}

/**
 * The people a dated note's people properties link (`people: ["[[Steph Ango]]"]`), and the line of the
 * first. Only links count: `attendees: 12` is a head count, and plain text may be a team or a place.
 */
function attendeesOf(frontmatter: Frontmatter, properties: readonly string[], lines: Record<string, number>): { links: string[]; line: number } | null {
  const links: string[] = [];
  let line: number | null = null;
  for (const property of properties) {
    const named = textList(frontmatter[property])
      .filter((value) => value.trim().startsWith("[["))
      .map(propertyTarget)
      .filter((target) => target !== "");
    if (named.length === 0) continue;
    links.push(...named);
    line ??= lines[property] ?? 1;
  }
  return line === null ? null : { links, line };
}
