/**
 * A model's facts kept between runs: each note's parsed facts by path, with the modification time and
 * size they were read at, so that a start re-reads only the notes that changed. Pure: the hosts store
 * the text where they keep caches (the CLI in the user's cache folder, the plugin in IndexedDB).
 *
 * The cache only ever speeds things up. Anything it holds is checked before use: a snapshot of another
 * format, version, vault or settings is ignored whole, and a note's record of the wrong shape is as good
 * as none (the note is read again), so a truncated, corrupt or foreign cache gives what no cache gives.
 */
import type { Cadences } from "../calendar/cadences";
import type { AskFact, Entry, NoteFacts } from "../parse/note";
import type { Birthday, PersonFacts } from "../parse/person";
import type { TaskFacts } from "../parse/task";
import type { Problem } from "../problem";
import type { CoreSettings } from "../settings";

/** Raised whenever what a snapshot holds, or how the core parses, changes. */
export const SNAPSHOT_FORMAT = 2;

/**
 * Settings that shape only the due list, never what a note says: changing them reads no note again, and
 * a cache made with other values of them is still good.
 */
const REPORT_ONLY: ReadonlyArray<keyof CoreSettings> = [
  "ignoredNames",
  "dueSoonDays",
  "birthdayDays",
  "defaultCadence",
  "groupCadences",
  "replyWithinDays",
  "newAcquaintanceDays",
  "thanksLoop",
  "replyTag",
  "helpedTag",
  "thanksTag",
];

/** The settings that shape a note's facts, as the text a cache is keyed by. */
export function parsingKey(settings: CoreSettings): string {
  const shaping: Partial<CoreSettings> = { ...settings };
  for (const key of REPORT_ONLY) delete shaping[key];
  return JSON.stringify(shaping);
}

/** What a snapshot must match to be used: the format, the program's version, the vault, its settings. */
export interface SnapshotKey {
  version: string;
  vault: string;
  /** The settings that shape parsing, as JSON. */
  settings: string;
}

/** A note's record: when it was read, its size, and its facts (none kept for a note that says nothing). */
export type NoteRecord = [mtime: number, size: number, facts?: StoredFacts];

export interface Snapshot extends SnapshotKey {
  format: number;
  /** When the reading that made the snapshot began (ms since 1970): see `isFresh`. */
  readAt: number;
  notes: Record<string, NoteRecord>;
  /** Next check-ins already worked out (`Cadences.knownCheckIns`): rrule is slow on a cold start. */
  checkIns?: unknown;
}

/** Facts as stored: a person's cadence is kept as written and parsed again on load (rrule's objects do not survive JSON). */
type StoredFacts = Omit<NoteFacts, "person"> & { person: (Omit<PersonFacts, "cadence"> & { cadence: null }) | null };

/**
 * Coarser than any file system's modification times (FAT keeps two seconds): a note changed this close
 * to when it was read may have changed again unseen, with the same time and size.
 */
const CLOCK_MARGIN_MS = 2000;

export function emptySnapshot(key: SnapshotKey, readAt: number): Snapshot {
  return { format: SNAPSHOT_FORMAT, ...key, readAt, notes: {} };
}

/** The stored form of a note's facts (undefined for a note that says nothing). */
export function storedFacts(facts: NoteFacts, saysSomething: boolean): StoredFacts | undefined {
  if (!saysSomething) return undefined;
  return { ...facts, person: facts.person && { ...facts.person, cadence: null } };
}

/** The snapshot in `text` when it is one and matches `key`, else null. */
export function readSnapshot(text: string, key: SnapshotKey): Snapshot | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return asSnapshot(data, key);
}

/** `data` as a snapshot when it is one and matches `key`, else null. */
export function asSnapshot(data: unknown, key: SnapshotKey): Snapshot | null {
  if (!isRecord(data) || !isRecord(data.notes) || typeof data.readAt !== "number") return null;
  if (data.format !== SNAPSHOT_FORMAT || data.version !== key.version || data.vault !== key.vault || data.settings !== key.settings) return null;
  return data as unknown as Snapshot;
}

/** Whether a note's record can stand for the note with this modification time and size. */
export function isFresh(snapshot: Snapshot, record: unknown, mtime: number, size: number): record is NoteRecord {
  return Array.isArray(record) && record[0] === mtime && record[1] === size && mtime + CLOCK_MARGIN_MS < snapshot.readAt;
}

/**
 * The facts a fresh record holds for `path`, made whole again (the cadence parsed from what was
 * written); null when the record's facts are not of the right shape, so the note must be read.
 */
export function restoredFacts(path: string, record: NoteRecord, cadences: Cadences, silent: (path: string) => NoteFacts): NoteFacts | null {
  if (record.length === 2) return silent(path);
  const facts = record[2] as unknown;
  if (!isFacts(facts) || facts.path !== path) return null;
  if (!facts.person) return { ...facts, person: null };
  const written = facts.person.cadenceWritten;
  const parsed = written === null ? null : cadences.parse(written);
  const cadence = parsed === null ? null : parsed.ok ? (parsed.cadence ?? "none") : "unreadable";
  return { ...facts, person: { ...facts.person, cadence } };
}

function isFacts(x: unknown): x is StoredFacts {
  return (
    isRecord(x) &&
    typeof x.path === "string" &&
    typeof x.basename === "string" &&
    isDateOrNull(x.date) &&
    typeof x.brokenFrontmatter === "boolean" &&
    Array.isArray(x.entries) &&
    x.entries.every(isEntry) &&
    Array.isArray(x.asks) &&
    x.asks.every(isAsk) &&
    Array.isArray(x.problems) &&
    x.problems.every(isProblem) &&
    (x.person === null || isPerson(x.person))
  );
}

function isEntry(x: unknown): x is Entry {
  return isRecord(x) && typeof x.line === "number" && isDateOrNull(x.date) && typeof x.text === "string" && isTextList(x.links) && isTextList(x.tags) && (x.task === null || isTask(x.task));
}

function isTask(x: unknown): x is TaskFacts {
  return isRecord(x) && ["open", "done", "cancelled"].includes(x.status as string) && isDateOrNull(x.due) && (x.dueWords === null || typeof x.dueWords === "string") && isDateOrNull(x.done) && typeof x.line === "string";
}

function isAsk(x: unknown): x is AskFact {
  return isRecord(x) && typeof x.line === "number" && isDateOrNull(x.date) && x.date !== null && typeof x.about === "string" && isTextList(x.links);
}

function isPerson(x: unknown): x is StoredFacts["person"] {
  return (
    isRecord(x) &&
    typeof x.name === "string" &&
    typeof x.path === "string" &&
    isTextList(x.aliases) &&
    isTextList(x.groups) &&
    (x.cadenceWritten === null || typeof x.cadenceWritten === "string") &&
    isDateOrNull(x.lastContact) &&
    isDateOrNull(x.snoozeUntil) &&
    (x.replyWithin === null || typeof x.replyWithin === "number") &&
    (x.birthday === null || isBirthday(x.birthday)) &&
    isRecord(x.lines) &&
    Object.values(x.lines).every((line) => typeof line === "number")
  );
}

function isBirthday(x: unknown): x is Birthday {
  return isRecord(x) && typeof x.month === "number" && typeof x.day === "number" && (x.year === null || typeof x.year === "number");
}

function isProblem(x: unknown): x is Problem {
  return isRecord(x) && typeof x.path === "string" && (x.line === null || typeof x.line === "number") && typeof x.message === "string";
}

function isDateOrNull(x: unknown): boolean {
  return x === null || (typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x));
}

function isTextList(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((item) => typeof item === "string");
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}
