/**
 * The index: every note's facts by path, and the name tables links are resolved against. A note is
 * added, replaced or removed on its own; nothing here ever re-reads the other notes.
 */
import { compareText } from "./compare";
import { parseNote, type NoteFacts, type ParseContext, type SourceNote } from "./note";

interface Change {
  version: number;
  path: string;
  structural: boolean;
}

/** How many changes the log keeps: far more than happen between two queries. */
const MAX_LOG = 2000;

export class VaultIndex {
  private readonly notes = new Map<string, NoteFacts>();
  /** Lower-case base name → paths with that name. */
  private readonly byName = new Map<string, Set<string>>();
  /** Lower-case path without `.md` → path. */
  private readonly byPath = new Map<string, string>();
  /** Lower-case alias → person notes claiming it. */
  private readonly byAlias = new Map<string, Set<string>>();
  /** Changes with every edit, so derived views know when to recompute. */
  private revision = 0;
  /** The latest changes, so a derived view can catch up on them instead of recomputing. */
  private readonly log: Change[] = [];

  constructor(readonly context: ParseContext) {}

  get version(): number {
    return this.revision;
  }

  upsert(source: SourceNote): NoteFacts {
    const before = this.notes.get(source.path);
    if (before) this.detach(before);
    const facts = parseNote(source, this.context);
    this.notes.set(facts.path, facts);
    addTo(this.byName, facts.basename.toLowerCase(), facts.path);
    this.byPath.set(withoutExtension(facts.path).toLowerCase(), facts.path);
    for (const alias of facts.person?.aliases ?? []) addTo(this.byAlias, alias.toLowerCase(), facts.path);
    // Only a new path or a person's facts can change what other notes' links mean.
    this.record(facts.path, !before || before.person !== null || facts.person !== null);
    return facts;
  }

  remove(path: string): void {
    const facts = this.notes.get(path);
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
    removeFrom(this.byName, facts.basename.toLowerCase(), facts.path);
    this.byPath.delete(withoutExtension(facts.path).toLowerCase());
    for (const alias of facts.person?.aliases ?? []) removeFrom(this.byAlias, alias.toLowerCase(), facts.path);
  }

  /** A renamed note: its facts move to the new path (links to it are updated by the host's rename). */
  rename(oldPath: string, source: SourceNote): NoteFacts {
    this.remove(oldPath);
    return this.upsert(source);
  }

  get(path: string): NoteFacts | undefined {
    return this.notes.get(path);
  }

  all(): IterableIterator<NoteFacts> {
    return this.notes.values();
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
    const wanted = target.replace(/^\/+/, "").toLowerCase();
    if (wanted.includes("/")) {
      const exact = this.byPath.get(wanted);
      if (exact) return exact;
      const name = wanted.split("/").pop() ?? wanted;
      const bySuffix = [...(this.byName.get(name) ?? [])].filter((p) => withoutExtension(p).toLowerCase().endsWith(`/${wanted}`));
      if (bySuffix.length > 0) return closest(bySuffix, fromPath);
      return null;
    }
    const named = this.byName.get(wanted);
    if (named?.size === 1) return named.values().next().value as string;
    if (named && named.size > 1) return closest([...named], fromPath);
    const owners = this.byAlias.get(wanted);
    return owners && owners.size === 1 ? ([...owners][0] as string) : null;
  }

  /** The people who claim `alias`: more than one means a link by it cannot be resolved. */
  aliasOwners(alias: string): string[] {
    return [...(this.byAlias.get(alias.toLowerCase()) ?? [])].sort();
  }

  /** Every name or alias that more than one person answers to, with those people's paths. */
  sharedNames(): Array<{ name: string; paths: string[] }> {
    const claims = new Map<string, Set<string>>();
    for (const facts of this.notes.values()) {
      if (!facts.person) continue;
      addTo(claims, facts.basename.toLowerCase(), facts.path);
    }
    for (const [alias, paths] of this.byAlias) for (const path of paths) addTo(claims, alias, path);
    return [...claims]
      .filter(([, paths]) => paths.size > 1)
      .map(([name, paths]) => ({ name, paths: [...paths].sort() }))
      .sort((a, b) => compareText(a.name, b.name));
  }
}

function closest(paths: string[], fromPath: string): string {
  if (paths.length === 1) return paths[0] as string;
  const folder = fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
  const sorted = [...paths].sort((a, b) => a.length - b.length || compareText(a, b));
  return sorted.find((p) => p.slice(0, p.lastIndexOf("/") + 1) === folder) ?? (sorted[0] as string);
}

function withoutExtension(path: string): string {
  return path.replace(/\.md$/i, "");
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
