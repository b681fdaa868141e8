/**
 * The index: every note's facts by path, and the name tables links are resolved against. A note is
 * added, replaced or removed on its own; nothing here ever re-reads the other notes.
 */
import { compareText } from "../text/compare";
import { withoutMdExtension } from "../parse/note-name";
import { factsOfSilentNote, parseNote, saysNothing, type NoteFacts, type ParseContext, type SourceNote } from "../parse/note";

interface Change {
  version: number;
  path: string;
  structural: boolean;
}

/** How many changes the log keeps: far more than happen between two queries. */
const MAX_LOG = 2000;

export class VaultIndex {
  /**
   * Facts by path. Most notes of a large vault say nothing Rapport counts: for those only the path is
   * kept (null here), and their facts are made from it when asked for.
   */
  private readonly notes = new Map<string, NoteFacts | null>();
  /** Lower-case base name → paths with that name (a link with a folder is looked up by its last part). */
  private readonly byName = new NameTable();
  /** Lower-case alias → person notes claiming it. */
  private readonly byAlias = new NameTable();
  /** Changes with every edit, so derived views know when to recompute. */
  private revision = 0;
  /** The latest changes, so a derived view can catch up on them instead of recomputing. */
  private readonly log: Change[] = [];

  constructor(readonly context: ParseContext) {}

  get version(): number {
    return this.revision;
  }

  upsert(source: SourceNote): NoteFacts {
    const before = this.get(source.path);
    const facts = parseNote(source, this.context);
    // A note replaced keeps its entries in the tables (its path and name are the same): a Map that
    // deletes and adds again fills with holes and, on a busy note, doubles its table.
    this.notes.set(facts.path, saysNothing(facts) ? null : facts);
    if (!before) this.byName.add(facts.basename.toLowerCase(), facts.path);
    this.replaceAliases(facts.path, before?.person?.aliases ?? [], facts.person?.aliases ?? []);
    // Only a new path or a person's facts can change what other notes' links mean.
    this.record(facts.path, !before || before.person !== null || facts.person !== null);
    return facts;
  }

  remove(path: string): void {
    const facts = this.get(path);
    if (!facts) return;
    this.detach(facts);
    this.record(path, true);
  }

  /**
   * The notes changed after `version`, each once, and whether any change could alter how links resolve
   * (a note added, removed or renamed, or a person's note changed). Null when the log no longer reaches back.
   */
  changesSince(version: number): { paths: string[]; structural: boolean } | null {
    const first = this.log[0];
    if (version === this.revision) return { paths: [], structural: false };
    if (!first || first.version > version + 1) return null;
    const recent = this.log.filter((c) => c.version > version);
    return { paths: [...new Set(recent.map((c) => c.path))], structural: recent.some((c) => c.structural) };
  }

  private record(path: string, structural: boolean): void {
    this.revision++;
    this.log.push({ version: this.revision, path, structural });
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG / 2);
  }

  private detach(facts: NoteFacts): void {
    this.notes.delete(facts.path);
    this.byName.remove(facts.basename.toLowerCase(), facts.path);
    this.replaceAliases(facts.path, facts.person?.aliases ?? [], []);
  }

  /** The aliases `path` claims, from `before` to `after`; the table is left alone when they are the same. */
  private replaceAliases(path: string, before: readonly string[], after: readonly string[]): void {
    if (before.join("\n") === after.join("\n")) return;
    for (const alias of before) this.byAlias.remove(alias.toLowerCase(), path);
    for (const alias of after) this.byAlias.add(alias.toLowerCase(), path);
  }

  /** A renamed note: its facts move to the new path (links to it are updated by the host's rename). */
  rename(oldPath: string, source: SourceNote): NoteFacts {
    this.remove(oldPath);
    return this.upsert(source);
  }

  get(path: string): NoteFacts | undefined {
    const facts = this.notes.get(path);
    return facts === null ? factsOfSilentNote(path) : facts;
  }

  /** Every note's facts. */
  *all(): Generator<NoteFacts> {
    for (const [path, facts] of this.notes) yield facts ?? factsOfSilentNote(path);
  }

  /** The notes that say something (see `saysNothing`): all that views derived from the facts need to read. */
  *notesThatSaySomething(): Generator<NoteFacts> {
    for (const facts of this.notes.values()) if (facts !== null) yield facts;
  }

  get size(): number {
    return this.notes.size;
  }

  /**
   * The note a link points to, as Obsidian resolves it: by path when the link has a folder, else by
   * base name (case-insensitive; with several, the one beside the linking note, then the shortest path).
   * A link that names no note may name a person by alias: it resolves when exactly one person has it.
   */
  resolve(target: string, fromPath: string): string | null {
    const wanted = (target.startsWith("/") ? target.replace(/^\/+/, "") : target).toLowerCase();
    const slash = wanted.lastIndexOf("/");
    if (slash >= 0) {
      const named = this.byName.get(wanted.slice(slash + 1));
      const exact = named.find((p) => withoutMdExtension(p).toLowerCase() === wanted);
      if (exact) return exact;
      const bySuffix = named.filter((p) => withoutMdExtension(p).toLowerCase().endsWith(`/${wanted}`));
      return bySuffix.length > 0 ? closest(bySuffix, fromPath) : null;
    }
    const named = this.byName.find(wanted);
    if (typeof named === "string") return named;
    if (named) return closest(named, fromPath);
    const owners = this.byAlias.find(wanted);
    return typeof owners === "string" ? owners : null;
  }

  /** The people who claim `alias`: more than one means a link by it cannot be resolved. */
  aliasOwners(alias: string): string[] {
    return [...this.byAlias.get(alias.toLowerCase())].sort();
  }

  /** Every name or alias that more than one person answers to, with those people's paths. */
  sharedNames(): Array<{ name: string; paths: string[] }> {
    const claims = new NameTable();
    for (const facts of this.notesThatSaySomething()) if (facts.person) claims.add(facts.basename.toLowerCase(), facts.path);
    for (const [alias, paths] of this.byAlias.entries()) for (const path of paths) claims.add(alias, path);
    return [...claims.entries()]
      .filter(([, paths]) => paths.length > 1)
      .map(([name, paths]) => ({ name, paths: [...paths].sort() }))
      .sort((a, b) => compareText(a.name, b.name));
  }
}

function closest(paths: readonly string[], fromPath: string): string {
  if (paths.length === 1) return paths[0] as string;
  const folder = fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
  const sorted = [...paths].sort((a, b) => a.length - b.length || compareText(a, b));
  return sorted.find((p) => p.slice(0, p.lastIndexOf("/") + 1) === folder) ?? (sorted[0] as string);
}

/**
 * Names to the paths that answer to them. Nearly every name has one path, so one is kept as a string
 * and only a shared name gets an array: a vault's worth of one-element sets cost both memory and time.
 */
class NameTable {
  private readonly table = new Map<string, string | string[]>();

  /** The one path with `name`, or the several that share it (never fewer than two), or undefined. */
  find(name: string): string | readonly string[] | undefined {
    return this.table.get(name);
  }

  get(name: string): readonly string[] {
    const paths = this.table.get(name);
    return paths === undefined ? [] : typeof paths === "string" ? [paths] : paths;
  }

  add(name: string, path: string): void {
    const paths = this.table.get(name);
    if (paths === undefined) this.table.set(name, path);
    else if (typeof paths === "string") {
      if (paths !== path) this.table.set(name, [paths, path]);
    } else if (!paths.includes(path)) paths.push(path);
  }

  remove(name: string, path: string): void {
    const paths = this.table.get(name);
    if (paths === path) this.table.delete(name);
    else if (Array.isArray(paths)) {
      const kept = paths.filter((p) => p !== path);
      this.table.set(name, kept.length === 1 ? (kept[0] as string) : kept);
    }
  }

  *entries(): Generator<[string, readonly string[]]> {
    for (const name of this.table.keys()) yield [name, this.get(name)];
  }
}
