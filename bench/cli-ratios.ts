/**
 * The CLI as a user runs it, end to end, as processes: without a cache, with a warm cache and nothing
 * changed, and with a warm cache after 100 notes changed, each against a raw read of the same vault
 * (bench/raw-read.mjs) timed in the same run, the four alternating so that the machine's moods touch all.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliTimes {
  rawMs: number;
  coldMs: number;
  warmMs: number;
  warm100Ms: number;
  firstColdMs: number;
}

export function timeCli(vault: string, notes: readonly string[], reps: number): CliTimes {
  const cache = mkdtempSync(join(tmpdir(), "rapport-bench-cache-"));
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  const timed = (args: string[]) => {
    const start = performance.now();
    execFileSync("node", args, { env, stdio: ["ignore", "ignore", "inherit"] });
    return performance.now() - start;
  };
  const cli = (...extra: string[]) => timed(["dist/cli.js", "due", "--vault", vault, "--today", "2026-11-23", ...extra]);
  // A vault's notes are mostly old: a note changed within two seconds of a read is read again anyway.
  const longAgo = new Date("2026-11-01T00:00:00Z");
  for (const path of notes) utimesSync(join(vault, path), longAgo, longAgo);
  const samples = { rawMs: [] as number[], coldMs: [] as number[], warmMs: [] as number[], warm100Ms: [] as number[] };
  const changed = notes.filter((path) => path.startsWith("Journal/")).slice(-100);
  const firstColdMs = cli("--no-cache");
  cli(); // fills the cache
  for (let rep = 0; rep < reps; rep++) {
    samples.rawMs.push(timed(["bench/raw-read.mjs", vault]));
    samples.coldMs.push(cli("--no-cache"));
    samples.warmMs.push(cli());
    // 100 daily notes changed since the last run, at a time in the past the cache has not seen.
    const when = new Date(Date.parse("2026-11-02T00:00:00Z") + rep * 60_000);
    for (const path of changed) {
      const full = join(vault, path);
      writeFileSync(full, `${readFileSync(full, "utf8")}- edit ${rep}\n`);
      utimesSync(full, when, when);
    }
    samples.warm100Ms.push(cli());
  }
  return { rawMs: median(samples.rawMs), coldMs: median(samples.coldMs), warmMs: median(samples.warmMs), warm100Ms: median(samples.warm100Ms), firstColdMs };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
