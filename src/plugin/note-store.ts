/**
 * The plugin's note cache: each read note's facts, kept between starts in IndexedDB, per device and per
 * vault (keyed by the app's id, as Dataview keys its cache), never in the vault and never in a synced
 * folder.
 *
 * Notes are kept in a fixed number of shelves, each one JSON text, a note's shelf found from its path.
 * IndexedDB copies every value it stores or hands back, on the app's thread; text is the cheapest thing
 * to copy, a shelf is small enough to parse between two frames, and an edit rewrites one shelf, not the
 * whole cache. One more entry holds what the cache must match (format, version, settings), when the
 * reading it holds began, and the next check-ins already worked out (rrule is slow on a cold start).
 *
 * The cache only speeds things up (core/index/snapshot.ts checks every record it gives back). When
 * IndexedDB is missing or fails, the plugin reads the notes as it would without a cache.
 */
import { clear, createStore, getMany, setMany, type UseStore } from "idb-keyval";
import { asSnapshot, emptySnapshot, type NoteRecord, type Snapshot, type SnapshotKey } from "../core/index/snapshot";

const META = "meta";
const SHELVES = 64;
const shelfKey = (shelf: number) => `shelf:${shelf}`;

/** Gives the thread back to the app (between shelves). */
export type Pause = () => Promise<void>;

export class NoteStore {
  private readonly store: UseStore;
  /** The shelves as last read or written: an edit rewrites its note's shelf from here. */
  private shelves: Array<Record<string, NoteRecord>> = emptyShelves();

  constructor(appId: string) {
    this.store = createStore(`rapport-cache-${appId}`, "notes");
  }

  /** The cache when it matches `key`, else null (and a cache that does not match is emptied). */
  async load(key: SnapshotKey, pause: Pause): Promise<Snapshot | null> {
    this.shelves = emptyShelves();
    try {
      const [meta, ...texts] = await getMany<unknown>([META, ...this.shelves.map((_, shelf) => shelfKey(shelf))], this.store);
      if (meta === null || typeof meta !== "object") return null;
      const notes: Record<string, NoteRecord> = {};
      for (const [shelf, text] of texts.entries()) {
        const records = typeof text === "string" ? parsedShelf(text) : {};
        this.shelves[shelf] = records;
        Object.assign(notes, records);
        await pause();
      }
      const snapshot = asSnapshot({ ...meta, notes }, key);
      if (snapshot === null) await this.clear();
      return snapshot;
    } catch {
      this.shelves = emptyShelves();
      return null;
    }
  }

  /**
   * Keeps these notes' records and forgets those paths. `start`, after a whole start-up, says when its
   * reading began (records from then on are trusted by time and size) and the next check-ins it worked
   * out: the meta entry is written.
   */
  async save(key: SnapshotKey, records: ReadonlyMap<string, NoteRecord>, removed: readonly string[], pause: Pause, start?: { readAt: number; checkIns: unknown }): Promise<void> {
    const touched = new Set<number>();
    for (const [path, record] of records) {
      const shelf = shelfOf(path);
      (this.shelves[shelf] as Record<string, NoteRecord>)[path] = record;
      touched.add(shelf);
    }
    for (const path of removed) {
      const shelf = shelfOf(path);
      delete (this.shelves[shelf] as Record<string, NoteRecord>)[path];
      touched.add(shelf);
    }
    try {
      for (const shelf of touched) {
        await setMany([[shelfKey(shelf), JSON.stringify(this.shelves[shelf])]], this.store);
        await pause();
      }
      if (start !== undefined) {
        const { notes: _none, ...meta } = emptySnapshot(key, start.readAt);
        await setMany([[META, { ...meta, checkIns: start.checkIns }]], this.store);
      }
    } catch {
      // A cache that cannot be written only makes the next start slower.
    }
  }

  async clear(): Promise<void> {
    this.shelves = emptyShelves();
    try {
      await clear(this.store);
    } catch {
      // Nothing kept, nothing to clear.
    }
  }
}

function emptyShelves(): Array<Record<string, NoteRecord>> {
  return Array.from({ length: SHELVES }, () => ({}));
}

function parsedShelf(text: string): Record<string, NoteRecord> {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, NoteRecord>) : {};
  } catch {
    return {};
  }
}

/** A note's shelf: a hash of its path (FNV-1a), the same on every start. */
function shelfOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHELVES;
}
