/**
 * The CLI's way into the core: a vault folder on disk, read once into a model. With a cache file, a
 * note unchanged since the last run (same modification time and size) is taken from it instead of read.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import moment from "moment";
import { dailyNoteSetupFrom } from "../core/parse/daily-note-config";
import { templateFoldersFrom } from "../core/parse/template-folders";
import { frontmatterRelevance } from "../core/parse/frontmatter-relevance";
import type { SourceNote } from "../core/parse/note";
import { strictDateParser } from "../core/parse/note-date";
import { coreSettings, loadedSettings, SAVED_SETTINGS_FILE } from "../core/saved-settings";
import type { CoreSettings } from "../core/settings";
import { Model } from "../core/index/model";
import { emptySnapshot, isFresh, parsingKey, readSnapshot, restoredFacts, storedFacts, type Snapshot } from "../core/index/snapshot";
import { factsOfSilentNote, saysNothing } from "../core/parse/note";
import { version } from "../../package.json";
import { readCacheFile, vaultIdentity, writeCacheFile } from "./cache-file";
import { noteFromGrayMatter } from "./frontmatter";

/**
 * Every Markdown file under `root`, as sorted vault paths; dot-folders (Obsidian's config among them) skipped.
 * Paths are built by joining names with `/` (the vault's separator, which Node accepts everywhere):
 * path.join and path.relative for each of ten years of notes cost more than listing the folders.
 */
export function markdownPaths(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      if (entry.isDirectory()) walk(`${dir}/${name}`, `${prefix}${name}/`);
      else if (entry.isFile() && name.toLowerCase().endsWith(".md")) found.push(prefix + name);
    }
  };
  walk(root, "");
  return found.sort();
}

/**
 * Read options made once. Given the encoding as a string, Node makes an options object on every call:
 * for 25,000 small notes that is a fifth of the reading time.
 */
const AS_TEXT = { encoding: "utf8", flag: "r" } as const;

/** A file's text: the one way the CLI (and the bench's baseline) reads a file. */
export function readText(path: string): string {
  return readFileSync(path, AS_TEXT);
}

function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readText(path));
  } catch {
    return undefined;
  }
}

/**
 * Settings for a vault, as the plugin would use them there: Rapport's saved settings (the plugin's
 * data.json, defaults where it has none) and the daily-note folder and format from Obsidian's files,
 * all in the vault's config folder (`.obsidian` unless the vault names another).
 */
export function vaultSettings(root: string, configDir = DEFAULT_CONFIG_DIR): CoreSettings {
  const readConfig = (file: string) => readJson(join(root, configDir, file));
  return coreSettings(loadedSettings(readConfig(SAVED_SETTINGS_FILE)), dailyNoteSetupFrom(readConfig), templateFoldersFrom(readConfig));
}

export const DEFAULT_CONFIG_DIR = ".obsidian";

export const momentDateParser = strictDateParser(moment);

/** A note on disk as the core takes it; YAML that cannot matter to Rapport is left unparsed. */
export function readSourceNote(root: string, path: string, mayMatter: (path: string, yaml: string) => boolean): SourceNote {
  return noteFromGrayMatter(path, readText(`${root}/${path}`), mayMatter);
}

export interface ReadVault {
  model: Model;
  /** What could not be done but did not stop the read (a cache that could not be written). */
  warnings: string[];
  /** How many notes were read from disk (the rest came from the cache). */
  notesRead: number;
}

/** Reads every note of the vault; `cache` is the cache file to use, or null for none. */
export function readVault(root: string, settings: CoreSettings = vaultSettings(root), cache: string | null = null): ReadVault {
  const model = new Model(settings, momentDateParser);
  const mayMatter = frontmatterRelevance(settings);
  const paths = markdownPaths(root);
  if (cache === null) {
    for (const path of paths) model.upsert(readSourceNote(root, path, mayMatter));
    return { model, warnings: [], notesRead: paths.length };
  }
  // Taken before any note is read: a note changed after this may be newer than what was read of it.
  const readAt = Date.now();
  const key = { version, vault: vaultIdentity(root), settings: parsingKey(settings) };
  const before: Snapshot | null = readSnapshot(readCacheFile(cache) ?? "", key);
  const after = emptySnapshot(key, readAt);
  let changed = before === null || Object.keys(before.notes).length !== paths.length;
  let notesRead = 0;
  for (const path of paths) {
    const { mtimeMs, size } = statSync(`${root}/${path}`);
    const record = before?.notes[path];
    const cached = before && isFresh(before, record, mtimeMs, size) ? restoredFacts(path, record, model.cadences, factsOfSilentNote) : null;
    if (cached) {
      model.put(cached);
      after.notes[path] = record as NonNullable<typeof record>;
      continue;
    }
    const facts = model.upsert(readSourceNote(root, path, mayMatter));
    notesRead++;
    const stored = storedFacts(facts, !saysNothing(facts));
    after.notes[path] = stored ? [mtimeMs, size, stored] : [mtimeMs, size];
    changed = true;
  }
  const warning = changed ? writeCacheFile(cache, JSON.stringify(after)) : null;
  return { model, warnings: warning === null ? [] : [warning], notesRead };
}
