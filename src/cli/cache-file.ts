/**
 * Where the CLI keeps a vault's note cache: one file per vault in the user's cache folder, never in the
 * vault and never in a synced folder. Written atomically (a temporary file, then a rename, so two runs at
 * once cannot leave half a file), readable by the user alone. The cache only speeds things up: a file
 * that cannot be read is no cache, and one that cannot be written is a warning, not a failure.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The user's cache folder for Rapport, as each platform keeps caches. */
export function cacheFolder(env: Record<string, string | undefined> = process.env, platform: string = process.platform, home = homedir()): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "rapport");
  if (platform === "darwin") return join(home, "Library", "Caches", "rapport");
  if (platform === "win32") return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "rapport", "Cache");
  return join(home, ".cache", "rapport");
}

/** The vault's real path: the same vault reached by another path has the same cache. */
export function vaultIdentity(vault: string): string {
  return realpathSync(vault);
}

/** The cache file of a vault: named by a hash of its real path, so no note name or path shows. */
export function cacheFile(vault: string, folder = cacheFolder()): string {
  return join(folder, `${createHash("sha256").update(vaultIdentity(vault)).digest("hex").slice(0, 24)}.json`);
}

export function readCacheFile(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** Writes the cache; returns a warning when it cannot (a read-only or full disk, say). */
export function writeCacheFile(file: string, text: string): string | null {
  const folder = file.slice(0, Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")));
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(temporary, text, { mode: 0o600 });
    renameSync(temporary, file);
    return null;
  } catch (error) {
    rmSync(temporary, { force: true });
    return `could not write the cache ${file}: ${(error as Error).message}`;
  }
}

/** Removes a vault's cache; false when it had none. */
export function clearCacheFile(file: string): boolean {
  const had = readCacheFile(file) !== null;
  rmSync(file, { force: true });
  return had;
}
