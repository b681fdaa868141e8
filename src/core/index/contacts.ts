/**
 * Links resolved: who each interaction and commitment is with, across the whole index. Brought up to date
 * when the index has changed since the last call (its version), never per query.
 */
import { compareText } from "../text/compare";
import type { IsoDate } from "../calendar/dates";
import { contributionContext, contributionOf, NOTHING, type Contribution, type ContributionContext } from "./contributions";
import type { NoteFacts } from "../parse/note";
import type { PersonFacts } from "../parse/person";
import type { Problem } from "../problem";
import type { TaskStatus } from "../parse/task";
import type { VaultIndex } from "./vault-index";

export interface Person extends PersonFacts {
  path: string;
}

export interface Interaction {
  personPath: string;
  date: IsoDate;
  path: string;
  line: number;
  text: string;
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
  status: TaskStatus;
  /** When it was done: its ✅ date, else the date of its note. */
  done: IsoDate | null;
  direction: Direction;
  kinds: readonly string[];
}

export interface Contacts {
  people: Map<string, Person>;
  /** By person path; replaced, never changed in place, when the person's promises change. */
  commitmentsByPerson: Map<string, Commitment[]>;
  /** By person path, oldest first. Dates after "today" are kept here and filtered by the queries. */
  interactions: Map<string, Interaction[]>;
  commitments: Commitment[];
  problems: Problem[];
  /** Whose lists were replaced since these contacts were made: read with `peopleChangedSince`. */
  changedPeople: ChangeLog;
}

/** Person paths in the order their lists were replaced; the oldest are dropped, and counted. */
interface ChangeLog {
  dropped: number;
  paths: string[];
}

/** How many entries the change log keeps: far more than happen between two queries. */
const MAX_CHANGED_PEOPLE = 2000;

/** How many times a person's lists have been replaced in these contacts: a mark for `peopleChangedSince`. */
export function changeCount(contacts: Contacts): number {
  return contacts.changedPeople.dropped + contacts.changedPeople.paths.length;
}

/** The people whose lists were replaced after the mark `count` (some maybe twice); null when the log no longer reaches back. */
export function peopleChangedSince(contacts: Contacts, count: number): readonly string[] | null {
  const { dropped, paths } = contacts.changedPeople;
  return count < dropped ? null : paths.slice(count - dropped);
}

/** The derived view of one index, and the version of the index it reflects. */
interface State {
  version: number;
  contacts: Contacts;
  byNote: Map<string, Contribution>;
  context: ContributionContext;
}

const states = new WeakMap<VaultIndex, State>();

/**
 * Contacts as of the index's current version. After edits that only changed the text of notes that are
 * not people, only those notes are worked out again; anything else (a note added, removed or renamed, a
 * person's note changed) recomputes the whole view, since it can change what any link means.
 */
export function contactsOf(index: VaultIndex): Contacts {
  const state = states.get(index);
  if (state && state.version === index.version) return state.contacts;
  const changes = state ? index.changesSince(state.version) : null;
  if (state && changes && !changes.structural) {
    for (const path of changes.paths) replaceContribution(state, path, index.get(path));
    state.version = index.version;
    return state.contacts;
  }
  return drain(contactsInSteps(index));
}

/**
 * Works contacts out from scratch, pausing (yielding) every hundred notes or people, so a host can
 * spread the work of a large vault over several frames. Drained at once, it is what `contactsOf` does.
 */
export function* contactsInSteps(index: VaultIndex): Generator<void, Contacts> {
  const fresh = yield* collect(index);
  states.set(index, fresh);
  return fresh.contacts;
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many notes (or people, when sorting their lists) are worked out between two pauses. */
const PER_STEP = 100;

function* collect(index: VaultIndex): Generator<void, State> {
  const people = new Map<string, Person>();
  for (const note of index.notesThatSaySomething()) if (note.person) people.set(note.path, { ...note.person, path: note.path });
  const context = contributionContext(index, people);
  const contacts: Contacts = {
    people,
    commitmentsByPerson: new Map([...people.keys()].map((path) => [path, []])),
    interactions: new Map([...people.keys()].map((path) => [path, []])),
    commitments: [],
    problems: [],
    changedPeople: { dropped: 0, paths: [] },
  };
  const byNote = new Map<string, Contribution>();
  let sinceStep = 0;
  for (const note of index.notesThatSaySomething()) {
    if (++sinceStep === PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const contribution = contributionOf(note, context);
    if (contribution === NOTHING) continue; // most notes: not kept in the map at all
    byNote.set(note.path, contribution);
    for (const i of contribution.interactions) contacts.interactions.get(i.personPath)?.push(i);
    contacts.commitments.push(...contribution.commitments);
    for (const c of contribution.commitments) contacts.commitmentsByPerson.get(c.personPath)?.push(c);
    contacts.problems.push(...contribution.problems);
  }
  for (const { name, paths } of index.sharedNames()) {
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(", ");
      contacts.problems.push({ path, line: null, message: `the name or alias "${name}" is shared with ${others}; links by it are ambiguous` });
    }
  }
  yield;
  // Sorted, and exactly as long as they are: they are kept until a person's notes change.
  sinceStep = 0;
  for (const [path, list] of contacts.interactions) {
    contacts.interactions.set(path, list.sort(byDate).slice());
    contacts.commitmentsByPerson.set(path, (contacts.commitmentsByPerson.get(path) as Commitment[]).slice());
    if (++sinceStep === PER_STEP) {
      sinceStep = 0;
      yield;
    }
  }
  contacts.problems.sort(byPlace);
  return { version: index.version, contacts, byNote, context };
}

/** Swaps one note's contribution for its new one (or none, when it is gone). */
function replaceContribution(state: State, path: string, note: NoteFacts | undefined): void {
  const { contacts } = state;
  const old = state.byNote.get(path);
  const next = note ? contributionOf(note, state.context) : undefined;
  if (next && next !== NOTHING) state.byNote.set(path, next);
  else state.byNote.delete(path);
  const touched = [...(old?.interactions ?? []), ...(old?.commitments ?? []), ...(next?.interactions ?? []), ...(next?.commitments ?? [])];
  const log = contacts.changedPeople;
  log.paths.push(...new Set(touched.map((item) => item.personPath)));
  if (log.paths.length > MAX_CHANGED_PEOPLE) log.dropped += log.paths.splice(0, MAX_CHANGED_PEOPLE / 2).length;
  replaceInLists(contacts.interactions, path, old?.interactions ?? [], next?.interactions ?? [], byDate);
  if (old?.commitments.length || next?.commitments.length) {
    contacts.commitments = [...contacts.commitments.filter((c) => c.path !== path), ...(next?.commitments ?? [])];
    replaceInLists(contacts.commitmentsByPerson, path, old?.commitments ?? [], next?.commitments ?? []);
  }
  if (old?.problems.length || next?.problems.length) {
    contacts.problems = [...contacts.problems.filter((p) => p.path !== path || !old?.problems.includes(p)), ...(next?.problems ?? [])].sort(byPlace);
  }
}

/** In each person's list that `path` touched before or after, swaps that note's items for its new ones. */
function replaceInLists<T extends { path: string; personPath: string }>(
  lists: Map<string, T[]>,
  path: string,
  old: readonly T[],
  next: readonly T[],
  order?: (a: T, b: T) => number,
): void {
  for (const personPath of new Set([...old, ...next].map((item) => item.personPath))) {
    const list = lists.get(personPath);
    if (!list) continue;
    // A new array, never the old one changed: the due list's memo tells changes by identity.
    const kept = [...list.filter((item) => item.path !== path), ...next.filter((item) => item.personPath === personPath)];
    lists.set(personPath, order ? kept.sort(order) : kept);
  }
}

function byDate(a: Interaction, b: Interaction): number {
  return compareText(a.date, b.date) || compareText(a.path, b.path) || a.line - b.line;
}

function byPlace(a: Problem, b: Problem): number {
  return compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message);
}
