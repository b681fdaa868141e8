/**
 * The index: every note's facts by path, and the name tables links are resolved against. A note is
 * added, replaced or removed on its own; nothing here ever re-reads the other notes. When what a name
 * means changes (a person added, renamed or given an alias), `notesLinking` finds the notes whose links
 * may now mean something else.
 */
import { compareText } from "../text/compare";
import { withoutMdExtension } from "../parse/note-name";
import { factsOfSilentNote, saysNothing, type NoteFacts } from "../parse/note";

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
  /**
   * The names each note's entries link to, as compared: worked out the first time `notesLinking` asks
   * and kept with the facts they came from (an edit gives new facts). The first walk after a start costs
   * about 10 ms on ten years of notes, later ones 1 to 2; an edit of a person waits on it.
   */
  private readonly linkedNames = new WeakMap<NoteFacts, ReadonlySet<string>>();

  /**
   * Puts `facts` in place of what the index knew of its path. Returns the lower-case names whose
   * meaning may have changed: a link ending with one of them may now resolve elsewhere.
   */
  put(facts: NoteFacts): Set<string> {
    const before = this.get(facts.path);
    this.notes.set(facts.path, saysNothing(facts) ? null : facts);
    if (!before) this.byName.add(nameKey(facts.basename), facts.path);
    this.replaceAliases(facts.path, before?.person?.aliases ?? [], facts.person?.aliases ?? []);
    return before ? namesChanged(before, facts) : namesOf(facts);
  }

  /** Forgets `path`; returns the names whose meaning may have changed (see `put`). */
  remove(path: string): Set<string> {
    const facts = this.get(path);
    if (!facts) return new Set();
    this.notes.delete(path);
    this.byName.remove(nameKey(facts.basename), path);
    this.replaceAliases(path, facts.person?.aliases ?? [], []);
    return namesOf(facts);
  }

  /**
   * The notes with an entry linking one of `names` (as `put` returns them). A walk over every entry's
   * links, done once per query that follows a change of names (a person edited, added or renamed),
   * not kept as a table: keeping it cost a tenth of every start-up, for edits that are rare.
   */
  notesLinking(names: ReadonlySet<string>): string[] {
    const paths: string[] = [];
    for (const facts of this.notesThatSaySomething()) {
      let linked = this.linkedNames.get(facts);
      if (!linked) this.linkedNames.set(facts, (linked = new Set(facts.entries.flatMap((entry) => entry.links.map((link) => nameKey(link.slice(link.lastIndexOf("/") + 1)))))));
      for (const name of names) {
        if (linked.has(name)) {
          paths.push(facts.path);
          break;
        }
      }
    }
    return paths;
  }

  private replaceAliases(path: string, before: readonly string[], after: readonly string[]): void {
    if (before.join("\n") === after.join("\n")) return;
    for (const alias of before) this.byAlias.remove(nameKey(alias), path);
    for (const alias of after) this.byAlias.add(nameKey(alias), path);
  }

  get(path: string): NoteFacts | undefined {
    const facts = this.notes.get(path);
    return facts === null ? factsOfSilentNote(path) : facts;
  }

  /** A note's facts when it says something (see `saysNothing`), else undefined. */
  saying(path: string): NoteFacts | undefined {
    return this.notes.get(path) ?? undefined;
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
    const wanted = nameKey(target.startsWith("/") ? target.replace(/^\/+/, "") : target);
    const slash = wanted.lastIndexOf("/");
    if (slash >= 0) {
      const named = this.byName.get(wanted.slice(slash + 1));
      const exact = named.find((p) => nameKey(withoutMdExtension(p)) === wanted);
      if (exact) return exact;
      const bySuffix = named.filter((p) => nameKey(withoutMdExtension(p)).endsWith(`/${wanted}`));
      return bySuffix.length > 0 ? closest(bySuffix, fromPath) : null;
    }
    const named = this.byName.get(wanted);
    if (named.length > 0) return closest(named, fromPath);
    const owners = this.byAlias.get(wanted);
    return owners.length === 1 ? (owners[0] as string) : null;
  }

  /** The people who claim `alias`: more than one means a link by it cannot be resolved. */
  aliasOwners(alias: string): string[] {
    return [...this.byAlias.get(nameKey(alias))].sort();
  }

  /** Every name or alias that more than one person answers to, with those people's paths. */
  sharedNames(): Array<{ name: string; paths: string[] }> {
    const claims = new NameTable();
    for (const facts of this.notesThatSaySomething()) if (facts.person) claims.add(nameKey(facts.basename), facts.path);
    for (const [alias, paths] of this.byAlias.entries()) for (const path of paths) claims.add(alias, path);
    return [...claims.entries()]
      .filter(([, paths]) => paths.length > 1)
      .map(([name, paths]) => ({ name, paths: [...paths].sort() }))
      .sort((a, b) => compareText(a.name, b.name));
  }
}

/**
 * How names are compared: case-insensitive, and in Unicode's composed form (NFC), so that "José" typed
 * on one system and on another (one character or two for the é) is one name, as Obsidian treats it.
 */
export function nameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** Every name a note answers to: its base name and, for a person, their aliases. */
function namesOf(facts: NoteFacts): Set<string> {
  return new Set([nameKey(facts.basename), ...(facts.person?.aliases ?? []).map(nameKey)]);
}

/** The names whose meaning a change of a note from `before` to `after` (same path) may alter. */
function namesChanged(before: NoteFacts, after: NoteFacts): Set<string> {
  const wasPerson = before.person !== null;
  if (wasPerson !== (after.person !== null)) return new Set([...namesOf(before), ...namesOf(after)]);
  const oldAliases = (before.person?.aliases ?? []).map(nameKey);
  const newAliases = (after.person?.aliases ?? []).map(nameKey);
  const changed = new Set<string>();
  for (const alias of oldAliases) if (!newAliases.includes(alias)) changed.add(alias);
  for (const alias of newAliases) if (!oldAliases.includes(alias)) changed.add(alias);
  return changed;
}

function closest(paths: readonly string[], fromPath: string): string {
  if (paths.length === 1) return paths[0] as string;
  const folder = fromPath.slice(0, fromPath.lastIndexOf("/") + 1);
  const sorted = [...paths].sort((a, b) => a.length - b.length || compareText(a, b));
  return sorted.find((p) => p.slice(0, p.lastIndexOf("/") + 1) === folder) ?? (sorted[0] as string);
}

/**
 * Names to the paths that answer to them. Nearly every name has one path, so one is kept as a string and
 * only a name several notes share gets an array: a vault holds tens of thousands of names, and a Set for
 * each was a tenth of a cold start.
 */
class NameTable {
  private readonly table = new Map<string, string | string[]>();

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
