/**
 * The plugin's note cache: each read note's facts, kept between starts in IndexedDB, per device and per
 * vault (keyed by the app's id, as Dataview keys its cache), never in the vault and never in a synced
 * folder. One entry per note, so that an edit rewrites one entry, not the whole cache; one entry for
 * what the cache must match (format, version, settings) and when the reading it holds began.
 *
 * The cache only speeds things up (core/index/snapshot.ts checks every record it gives back). When
 * IndexedDB is missing or fails, the plugin reads the notes as it would without a cache.
 */
import { clear, createStore, delMany, entries, setMany, type UseStore } from "idb-keyval";
import { asSnapshot, emptySnapshot, type NoteRecord, type Snapshot, type SnapshotKey } from "../core/index/snapshot";

const META = "meta";
const NOTE = "n:";

export class NoteStore {
  private readonly store: UseStore;

  constructor(appId: string) {
    this.store = createStore(`rapport-cache-${appId}`, "notes");
  }

  /** The cache when it matches `key`, else null (and a cache that does not match is emptied). */
  async load(key: SnapshotKey): Promise<Snapshot | null> {
    try {
      const notes: Record<string, NoteRecord> = {};
      let meta: unknown = null;
      for (const [name, value] of await entries<string, unknown>(this.store)) {
        if (name === META) meta = value;
        else if (typeof name === "string" && name.startsWith(NOTE)) notes[name.slice(NOTE.length)] = value as NoteRecord;
      }
      const snapshot = meta !== null && typeof meta === "object" ? asSnapshot({ ...meta, notes }, key) : null;
      if (snapshot === null) {
        await this.clear();
        return null;
      }
      return snapshot;
    } catch {
      return null;
    }
  }

  /**
   * Keeps these notes' records and forgets those paths. `readAt`, when given, is when the reading of a
   * whole start-up began: records from then on are trusted by time and size (see snapshot.ts).
   */
  async save(key: SnapshotKey, records: ReadonlyMap<string, NoteRecord>, removed: readonly string[], readAt?: number): Promise<void> {
    try {
      const writes: Array<[string, unknown]> = [...records].map(([path, record]) => [NOTE + path, record]);
      if (readAt !== undefined) {
        const { notes: _none, ...meta } = emptySnapshot(key, readAt);
        writes.push([META, meta]);
      }
      if (writes.length > 0) await setMany(writes, this.store);
      if (removed.length > 0) await delMany(removed.map((path) => NOTE + path), this.store);
    } catch {
      // A cache that cannot be written only makes the next start slower.
    }
  }

  async clear(): Promise<void> {
    try {
      await clear(this.store);
    } catch {
      // Nothing kept, nothing to clear.
    }
  }
}
