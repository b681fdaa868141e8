/**
 * The model inside Obsidian: built once when the layout is ready, then kept current note by note from
 * metadata-cache and vault events, never by re-reading the vault. Notes that can hold no interaction
 * (undated, not a person, linking no person) are known by path and frontmatter only and never read.
 * Notes that are read keep their facts in the note cache (note-store.ts): a start re-reads only the notes
 * whose modification time or size changed since. The whole start gives the thread back every SLICE_MS.
 */
import { TFile, debounce, type App, type CachedMetadata } from "obsidian";
import { Model } from "../core/index/model";
import { isFresh, parsingKey, restoredFacts, storedFacts, type NoteRecord, type Snapshot, type SnapshotKey } from "../core/index/snapshot";
import { factsOfSilentNote, saysNothing, type NoteFacts, type SourceNote } from "../core/parse/note";
import { DATE_FIELDS, dailyNoteDate, fileNameDate, type StrictDateParser } from "../core/parse/note-date";
import { frontmatterRelevance } from "../core/parse/frontmatter-relevance";
import { isPersonNote, textList } from "../core/parse/person";
import { isIgnoredPath, type CoreSettings } from "../core/settings";
import { cachedFrontmatter, hasUnreadFrontmatter, noteFromMetadataCache, unreadNote } from "./note-source";
import type { NoteStore } from "./note-store";
import { today } from "./today";

/** How long start-up work may hold the UI before it yields, in milliseconds. */
const SLICE_MS = 20;
/** Edits arriving within this time are indexed together. */
const SETTLE_MS = 150;
/** Edited notes' facts are written to the cache this long after the last edit. */
const SAVE_MS = 5000;

/** What the scan knows of people before reading notes: which notes they are, and their aliases. */
interface People {
  paths: Set<string>;
  aliases: Set<string>;
}

export interface LiveIndexOptions {
  app: App;
  parseDate: StrictDateParser;
  /** The note cache; null for none. */
  store: NoteStore | null;
  /** What the cache must match besides the settings: the plugin's version and the vault. */
  cacheKey: Omit<SnapshotKey, "settings">;
  /** Called after the model changed (not after an edit that changed no facts). */
  onChange: () => void;
}

export class LiveIndex {
  model: Model;
  ready = false;
  private settings: CoreSettings;
  private readonly pending = new Set<string>();
  private building: Promise<void> | null = null;
  private readonly settle = debounce(() => void this.flush(), SETTLE_MS, true);
  /** Cache records waiting to be written, and paths to forget. */
  private readonly unsaved = new Map<string, NoteRecord>();
  private readonly forgotten = new Set<string>();
  private readonly saveSoon = debounce(() => void this.save(), SAVE_MS, true);

  constructor(
    private readonly options: LiveIndexOptions,
    settings: CoreSettings,
  ) {
    this.settings = settings;
    this.model = new Model(settings, options.parseDate);
  }

  private get app(): App {
    return this.options.app;
  }

  private get key(): SnapshotKey {
    return { ...this.options.cacheKey, settings: parsingKey(this.settings) };
  }

  /**
   * New settings: a full scan when they change what notes say (the person rules, property names, daily
   * notes…), else only a new due list (windows, loops, ignored names), at once.
   */
  async applySettings(settings: CoreSettings): Promise<void> {
    if (!this.ready || this.building || parsingKey(settings) !== parsingKey(this.settings)) return this.rebuild(settings);
    this.settings = settings;
    this.model.useReportSettings(settings);
    this.onChange();
  }

  /** A full scan: at start-up, after a settings change, and on "Rebuild index" (`fresh`: without the cache). */
  rebuild(settings: CoreSettings = this.settings, fresh = false): Promise<void> {
    this.settings = settings;
    const run = async () => {
      // Start-up work before this point ran in the same turn; let the UI have one first.
      const slice = new Slicer();
      await slice.pause();
      const { store } = this.options;
      if (fresh) await store?.clear();
      const readAt = Date.now();
      const cached = fresh || !store ? null : await store.load(this.key, () => slice.pause());
      const model = new Model(settings, this.options.parseDate);
      model.cadences.learnCheckIns(cached?.checkIns);
      const files = this.app.vault.getMarkdownFiles();
      const people = await this.peopleBeforeReading(files, slice);
      const records = new Map<string, NoteRecord>();
      for (const file of files) {
        const facts = this.cachedFacts(cached, file, model, people);
        if (facts) model.put(facts);
        else {
          const { source, read } = await this.sourceOf(file, people);
          const parsed = model.upsert(source);
          if (read) records.set(file.path, this.recordOf(file, parsed));
        }
        await slice.pauseIfDue();
      }
      // Resolving every link of a large vault takes longer than a frame too: it is sliced the same way.
      const steps = model.resolveInSteps();
      while (!steps.next().done) await slice.pauseIfDue();
      // So is the first due list (rrule is slow on a cold start): the view then finds it made.
      const report = model.reportInSteps(today());
      while (!report.next().done) await slice.pauseIfDue();
      // The view's first render gets a turn of its own: after the report's last step, it would add to it.
      await slice.pause();
      this.model = model;
      this.ready = true;
      this.onChange();
      // After the view has its content: the write is IndexedDB's, off the thread.
      const removed = cached ? Object.keys(cached.notes).filter((path) => !this.app.vault.getFileByPath(path)) : [];
      await store?.save(this.key, records, removed, () => slice.pause(), { readAt, checkIns: model.cadences.knownCheckIns() });
    };
    this.building = run().finally(() => (this.building = null));
    return this.building;
  }

  /** A note's cached facts when the cache has them for its current time and size, and it is a note Rapport reads. */
  private cachedFacts(cached: Snapshot | null, file: TFile, model: Model, people: People): NoteFacts | null {
    const record = cached?.notes[file.path];
    if (!cached || !isFresh(cached, record, file.stat.mtime, file.stat.size)) return null;
    // Only notes read in full are cached: one that now may hold facts but was not cached is read.
    if (!this.mayHoldFacts(file, this.cache(file), people)) return null;
    return restoredFacts(file.path, record, model.cadences, factsOfSilentNote);
  }

  private recordOf(file: TFile, facts: NoteFacts): NoteRecord {
    const stored = storedFacts(facts, !saysNothing(facts));
    return stored ? [file.stat.mtime, file.stat.size, stored] : [file.stat.mtime, file.stat.size];
  }

  private async peopleBeforeReading(files: TFile[], slice: Slicer): Promise<People> {
    const people: People = { paths: new Set(), aliases: new Set() };
    for (const file of files) {
      await slice.pauseIfDue();
      const frontmatter = cachedFrontmatter(this.cache(file));
      if (!isPersonNote(file.path, frontmatter, this.settings)) continue;
      people.paths.add(file.path);
      for (const alias of textList(frontmatter?.[this.settings.fields.aliases])) people.aliases.add(alias.toLowerCase());
    }
    return people;
  }

  /** A note was created or changed (metadata-cache 'changed'). */
  changed(file: TFile): void {
    this.pending.add(file.path);
    this.settle();
  }

  deleted(path: string): void {
    if (!this.model.get(path)) return;
    this.model.remove(path);
    this.forget(path);
    this.onChange();
  }

  renamed(file: TFile, oldPath: string): void {
    this.model.remove(oldPath);
    this.forget(oldPath);
    this.changed(file);
  }

  /** Indexes the notes changed since the last flush; resolves when done. */
  async flush(): Promise<void> {
    if (this.building) await this.building;
    let changed = false;
    while (this.pending.size > 0) {
      const paths = [...this.pending];
      this.pending.clear();
      // Who is a person is worked out once a batch: when a note of the batch changes it, the notes
      // linking that note come back in the next batch.
      const people = this.people();
      for (const path of paths) {
        const file = this.app.vault.getFileByPath(path);
        if (!file || file.extension !== "md") continue;
        const before = this.model.get(path);
        const { source, read } = await this.sourceOf(file, people);
        const after = this.model.upsert(source);
        if (!sameFacts(before, after)) changed = true;
        if (read) this.keep(path, this.recordOf(file, after));
        else this.forget(path);
        // A note that became (or stopped being) a person changes what the notes linking it mean.
        if ((before?.person != null) !== (after.person != null)) {
          for (const linking of this.backlinks(path)) this.pending.add(linking);
        }
      }
    }
    if (changed) this.onChange();
  }

  private onChange(): void {
    this.options.onChange();
  }

  private keep(path: string, record: NoteRecord): void {
    this.unsaved.set(path, record);
    this.forgotten.delete(path);
    this.saveSoon();
  }

  private forget(path: string): void {
    this.unsaved.delete(path);
    this.forgotten.add(path);
    this.saveSoon();
  }

  /** Writes what waits to be written to the cache. */
  async save(): Promise<void> {
    const records = new Map(this.unsaved);
    const removed = [...this.forgotten];
    this.unsaved.clear();
    this.forgotten.clear();
    await this.options.store?.save(this.key, records, removed, () => new Slicer().pause());
  }

  private cache(file: TFile): CachedMetadata | null {
    return this.app.metadataCache.getFileCache(file);
  }

  private people(): People {
    const people: People = { paths: new Set(), aliases: new Set() };
    for (const person of this.model.allPeople().values()) {
      people.paths.add(person.path);
      for (const alias of person.aliases) people.aliases.add(alias.toLowerCase());
    }
    return people;
  }

  private backlinks(path: string): string[] {
    const resolved = this.app.metadataCache.resolvedLinks;
    return Object.keys(resolved).filter((source) => (resolved[source]?.[path] ?? 0) > 0);
  }

  /** The note's full text only when it can matter (`read`); otherwise what the metadata cache knows. */
  private async sourceOf(file: TFile, people: People): Promise<{ source: SourceNote; read: boolean }> {
    const cache = this.cache(file);
    if (!this.mayHoldFacts(file, cache, people)) return { source: unreadNote(file.path, cache), read: false };
    return { source: noteFromMetadataCache(file.path, await this.app.vault.cachedRead(file), cache, frontmatterRelevance(this.settings)), read: true };
  }

  private mayHoldFacts(file: TFile, cache: CachedMetadata | null, people: People): boolean {
    if (isIgnoredPath(file.path, this.settings)) return false;
    const frontmatter = cachedFrontmatter(cache);
    if (isPersonNote(file.path, frontmatter, this.settings)) return true;
    // A block Obsidian could not read may say the note is a person: read to know, and to report it.
    if (hasUnreadFrontmatter(cache)) return true;
    if (dailyNoteDate(file.path, this.settings.dailyNotes, this.options.parseDate) !== null) return true;
    if (this.settings.datedByFileName && fileNameDate(file.basename) !== null) return true;
    if (frontmatter && DATE_FIELDS.some((field) => frontmatter[field] !== undefined)) return true;
    const links = this.app.metadataCache.resolvedLinks[file.path] ?? {};
    if (Object.keys(links).some((target) => people.paths.has(target))) return true;
    // Obsidian does not resolve a link by alias: it counts as unresolved.
    const unresolved = Object.keys(this.app.metadataCache.unresolvedLinks[file.path] ?? {});
    return unresolved.some((target) => people.aliases.has(target.toLowerCase()));
  }
}

/** Gives the UI the thread back whenever SLICE_MS have passed since it last had it. */
class Slicer {
  private start = performance.now();

  async pauseIfDue(): Promise<void> {
    if (performance.now() - this.start >= SLICE_MS) await this.pause();
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    this.start = performance.now();
  }
}

function sameFacts(a: NoteFacts | undefined, b: NoteFacts): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
