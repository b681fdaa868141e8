/**
 * What one note says about people: its interactions, commitments and problems, with links resolved
 * against the index. Depends on the note and on the index's name tables only, so when a note's text
 * changes and no name does, this is all that needs computing again.
 */
import type { IsoDate } from "../calendar/dates";
import type { Entry, NoteFacts } from "../parse/note";
import type { PersonFacts } from "../parse/person";
import { withoutTaskFields, type TaskStatus } from "../parse/task";
import type { Problem } from "../problem";
import { escapeRegExp } from "../text/escape-regexp";
import { plainText } from "../text/plain-text";
import type { VaultIndex } from "./vault-index";

export type Person = PersonFacts;

export interface Interaction {
  personPath: string;
  date: IsoDate;
  path: string;
  line: number;
  /** The item's words as written (links and all); `plainText` makes them readable. */
  words: string;
  /** The item's hashtags: #call, #coffee. */
  kinds: readonly string[];
}

export type Direction = "owed-by-me" | "owed-to-me";

export interface Commitment {
  personPath: string;
  path: string;
  line: number;
  text: string;
  due: IsoDate | null;
  /** The words the due date was read from ("by Friday"), when it was not written as a date. */
  dueWords: string | null;
  status: TaskStatus;
  /** When it was done: its ✅ date, else the date of its note. */
  done: IsoDate | null;
  direction: Direction;
  kinds: readonly string[];
  /** The task's line as written. */
  lineText: string;
}

/** Something to ask a person about, from a day on (`ask:: 2026-12-05 her interview`). */
export interface Ask {
  personPath: string;
  path: string;
  line: number;
  date: IsoDate;
  about: string;
}

/** A link in an entry that names no note: a person whose note is not written yet, or a book, or a topic. */
export interface UnresolvedName {
  name: string;
  path: string;
  line: number;
}

export interface Contribution {
  readonly interactions: readonly Interaction[];
  readonly commitments: readonly Commitment[];
  readonly asks: readonly Ask[];
  readonly problems: readonly Problem[];
  readonly unresolved: readonly UnresolvedName[];
}

export interface ContributionContext {
  index: VaultIndex;
  isPerson: (path: string) => boolean;
  waitingTag: string;
  /** The waiting tag says who owes whom; it is shown as the direction, not as words of the promise. */
  waitingTagPattern: RegExp;
}

export function contributionContext(index: VaultIndex, waitingTag: string, isPerson: (path: string) => boolean): ContributionContext {
  const tag = waitingTag.toLowerCase();
  return { index, isPerson, waitingTag: tag, waitingTagPattern: new RegExp(`(^|\\s)#${escapeRegExp(tag)}(?=\\s|$)`, "giu") };
}

/** Past this many people, a promise's words keep every name (see `contributionOf`). */
const MAX_NAMES_LEFT_OUT = 8;

/** What a note contributes when it names no one and has no problem, as most notes of a vault do. */
export const NOTHING: Contribution = Object.freeze({ interactions: [], commitments: [], asks: [], problems: [], unresolved: [] });

export function contributionOf(note: NoteFacts, ctx: ContributionContext): Contribution {
  if (note.entries.length === 0 && note.asks.length === 0 && note.problems.length === 0) return NOTHING;
  const { index } = ctx;
  const { path } = note;
  const interactions: Interaction[] = [];
  const commitments: Commitment[] = [];
  const problems: Problem[] = [...note.problems];
  const unresolved: UnresolvedName[] = [];
  for (const entry of note.entries) {
    const { line, tags: kinds, task } = entry;
    const date = entry.date ?? note.date;
    const resolved = new Map<string, string | null>();
    const resolveOnce = (target: string): string | null => {
      let found = resolved.get(target);
      if (found === undefined) resolved.set(target, (found = index.resolve(target, path)));
      return found;
    };
    const people = peopleOf(note, entry, ctx, resolveOnce);
    const { personPaths } = people;
    problems.push(...people.ambiguous);
    unresolved.push(...people.unresolved);
    if (!task) {
      if (!date) continue;
      for (const personPath of personPaths) interactions.push({ personPath, path, line, kinds, date, words: entry.text });
      continue;
    }
    const done = task.status === "done" ? (task.done ?? date) : null;
    const direction = kinds.some((t) => t.toLowerCase() === ctx.waitingTag) ? "owed-to-me" : "owed-by-me";
    const words = withoutTaskFields(entry.text);
    const wording = (drop?: (target: string) => boolean) => plainText(words, drop).replace(ctx.waitingTagPattern, " ").replace(/\s+/g, " ").trim();
    // A promise to a crowd reads the same for each of them: leaving one name out of many says little, and
    // wording it once keeps a task that links thousands of people linear.
    const shared = personPaths.size > MAX_NAMES_LEFT_OUT ? wording() : null;
    for (const personPath of personPaths) {
      // A commitment leaves out its own person: "Send [[Alice]] the article" is "Send the article" in Alice's list.
      const text = shared ?? wording((target) => resolveOnce(target) === personPath);
      commitments.push({ personPath, path, line, kinds, text, due: task.due, dueWords: task.dueWords, status: task.status, done, direction, lineText: task.line });
      // Keeping a promise is also a contact, on the day it was kept.
      if (done) interactions.push({ personPath, path, line, kinds, date: done, words: entry.text });
    }
  }
  const asks = asksOf(note, ctx);
  if (interactions.length === 0 && commitments.length === 0 && asks.length === 0 && problems.length === 0 && unresolved.length === 0) return NOTHING;
  return { interactions, commitments, asks, problems, unresolved };
}

/**
 * The note's `ask::` fields, each for the people it is about: the person whose note it is in, else
 * the people its interaction links (problems with those links are the interaction's, reported there).
 */
function asksOf(note: NoteFacts, ctx: ContributionContext): Ask[] {
  const asks: Ask[] = [];
  for (const { line, date, about, links } of note.asks) {
    const people = new Set<string>();
    if (note.person) people.add(note.path);
    for (const link of links) {
      const path = ctx.index.resolve(link, note.path);
      if (path !== null && ctx.isPerson(path)) people.add(path);
    }
    for (const personPath of people) asks.push({ personPath, path: note.path, line, date, about });
  }
  return asks;
}

/**
 * The people an entry is with: the people it links, and the person whose own note it is in. A link by an
 * alias two people share is a problem (it can mean either); a link to no note is a name that may be a
 * person, listed apart, since a vault links hundreds of notes not written yet.
 */
function peopleOf(note: NoteFacts, entry: Entry, ctx: ContributionContext, resolve: (target: string) => string | null) {
  const personPaths = new Set<string>();
  const ambiguous: Problem[] = [];
  const unresolved: UnresolvedName[] = [];
  if (note.person) personPaths.add(note.path);
  for (const link of entry.links) {
    const path = resolve(link);
    if (path === null) {
      const owners = ctx.index.aliasOwners(link);
      if (owners.length > 1) ambiguous.push({ path: note.path, line: entry.line, message: `[[${link}]] is an alias of ${owners.join(" and ")}; link the note itself` });
      else unresolved.push({ name: link, path: note.path, line: entry.line });
    } else if (ctx.isPerson(path)) {
      personPaths.add(path);
    }
  }
  return { personPaths, ambiguous, unresolved };
}
