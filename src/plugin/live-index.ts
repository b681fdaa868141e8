/**
 * The index inside Obsidian: built once when the layout is ready, then kept current note by note from
 * metadata-cache and vault events, never by re-reading the vault. Notes that can hold no interaction
 * (undated, not a person, linking no person) are known by path and frontmatter only and never read.
 */
import { TFile, debounce, type App, type CachedMetadata } from "obsidian";
import type { NoteFacts, SourceNote } from "../core/parse/note";
import { DATE_FIELDS, dailyNoteDate, type StrictDateParser } from "../core/parse/note-date";
import { isPersonNote, textList } from "../core/parse/person";
import type { CoreSettings } from "../core/settings";
import { Model } from "../core/index/model";
import { frontmatterRelevance } from "../core/parse/frontmatter-relevance";
import { cachedFrontmatter, hasUnreadFrontmatter, toSourceNote, unreadNote } from "./note-source";

/** How long the first scan may hold the UI before it yields, in milliseconds. */
const SLICE_MS = 20;
/** Edits arriving within this time are indexed together. */
const SETTLE_MS = 150;

/** What the scan knows of people before reading notes: which notes they are, and their aliases. */
interface People {
  paths: Set<string>;
  aliases: Set<string>;
}

export class LiveIndex {
  model: Model;
  ready = false;
  private readonly pending = new Set<string>();
  private building: Promise<void> | null = null;
  private readonly settle = debounce(() => void this.flush(), SETTLE_MS, true);

  constructor(
    private readonly app: App,
    private settings: CoreSettings,
    private readonly parseDate: StrictDateParser,
    /** Called after the index changed (not after an edit that changed no facts). */
    private readonly onChange: () => void,
  ) {
    this.model = new Model(settings, parseDate);
  }

  /** A full scan: at start-up, after a settings change, and on "Rebuild index". */
  rebuild(settings: CoreSettings = this.settings): Promise<void> {
    this.settings = settings;
    const run = async () => {
      // Start-up work before this point ran in the same turn; let the UI have one first.
      const slice = new Slicer(SLICE_MS);
      await slice.pauseIfDue();
      const model = new Model(settings, this.parseDate);
      const files = this.app.vault.getMarkdownFiles();
      const people: People = { paths: new Set(), aliases: new Set() };
      for (const file of files) {
        await slice.pauseIfDue();
        const frontmatter = cachedFrontmatter(this.cache(file));
        if (!isPersonNote(file.path, frontmatter, settings)) continue;
        people.paths.add(file.path);
        for (const alias of textList(frontmatter?.[settings.fields.aliases])) people.aliases.add(alias.toLowerCase());
      }
      for (const file of files) {
        model.upsert(await this.sourceOf(file, people));
        await slice.pauseIfDue();
      }
      // Resolving every link of a large vault takes longer than a frame too: it is sliced the same way.
      const steps = model.resolveInSteps();
      while (!steps.next().done) await slice.pauseIfDue();
      this.model = model;
      this.ready = true;
      this.onChange();
    };
    this.building = run().finally(() => (this.building = null));
    return this.building;
  }

  /** A note was created or changed (metadata-cache 'changed'). */
  changed(file: TFile): void {
    this.pending.add(file.path);
    this.settle();
  }

  deleted(path: string): void {
    if (!this.model.get(path)) return;
    this.model.remove(path);
    this.onChange();
  }

  renamed(file: TFile, oldPath: string): void {
    this.model.remove(oldPath);
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
        const after = this.model.upsert(await this.sourceOf(file, people));
        if (!sameFacts(before, after)) changed = true;
        // A note that became (or stopped being) a person changes what the notes linking it mean.
        if ((before?.person != null) !== (after.person != null)) {
          for (const source of this.backlinks(path)) this.pending.add(source);
        }
      }
    }
    if (changed) this.onChange();
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

  /** The note's full text only when it can matter; otherwise what the cache already knows. */
  private async sourceOf(file: TFile, people: People): Promise<SourceNote> {
    const cache = this.cache(file);
    if (!this.mayHoldFacts(file, cache, people)) return unreadNote(file.path, cache);
    return toSourceNote(file.path, await this.app.vault.cachedRead(file), cache, frontmatterRelevance(this.settings));
  }

  private mayHoldFacts(file: TFile, cache: CachedMetadata | null, people: People): boolean {
    const frontmatter = cachedFrontmatter(cache);
    if (isPersonNote(file.path, frontmatter, this.settings)) return true;
    // A block Obsidian could not read may say the note is a person: read to know, and to report it.
    if (hasUnreadFrontmatter(cache)) return true;
    if (dailyNoteDate(file.path, this.settings.dailyNotes, this.parseDate) !== null) return true;
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
  private start: number;

  /** `alreadyUsed`: how much of the first slice is gone (SLICE_MS to pause at the first check). */
  constructor(alreadyUsed = 0) {
    this.start = performance.now() - alreadyUsed;
  }

  async pauseIfDue(): Promise<void> {
    if (performance.now() - this.start < SLICE_MS) return;
    await new Promise((resolve) => window.setTimeout(resolve, 0));
    this.start = performance.now();
  }
}

function sameFacts(a: NoteFacts | undefined, b: NoteFacts): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
