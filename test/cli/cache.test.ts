/**
 * The CLI's note cache: a warm start reads only the notes that changed, and whatever the cache holds
 * (nothing, half a file, garbage, another vault's, records of the wrong shape) the answer is the one
 * a run without it gives.
 */
import { chmodSync, cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheFile, cacheFolder, readCacheFile } from "../../src/cli/cache-file";
import { run } from "../../src/cli/commands";
import { readVault, vaultSettings } from "../../src/cli/read-vault";
import { parsingKey, SNAPSHOT_FORMAT } from "../../src/core/index/snapshot";
import { withDefaults } from "../../src/core/settings";
import type { DueReport } from "../../src/core/report/due-report";

function freshVault(): { vault: string; cache: string } {
  const vault = mkdtempSync(join(tmpdir(), "rapport-vault-"));
  cpSync("examples/vault", vault, { recursive: true });
  // Notes copied a moment ago are too new to trust by time and size (see the clock margin): age them.
  const old = new Date("2026-11-01T00:00:00Z");
  for (const path of readVault(vault).model.index.all()) utimesSync(join(vault, path.path), old, old);
  return { vault, cache: join(mkdtempSync(join(tmpdir(), "rapport-cache-")), "vault.json") };
}

const personRow = (json: string, name: string) => (JSON.parse(json) as DueReport).people.find((p) => p.name === name);

function due(vault: string, cache: string | null): { json: string; notesRead: number; warnings: string[] } {
  const { model, notesRead, warnings } = readVault(vault, vaultSettings(vault), cache);
  return { json: JSON.stringify(model.report("2026-11-23")), notesRead, warnings };
}

describe("a warm start", () => {
  it("reads no note when nothing changed, and gives the same due list", () => {
    const { vault, cache } = freshVault();
    const cold = due(vault, null);
    expect(due(vault, cache)).toMatchObject({ json: cold.json, notesRead: 25 });
    expect(due(vault, cache)).toEqual({ json: cold.json, notesRead: 0, warnings: [] });
  });

  it("reads again only a note that changed, one added, and none for one removed", () => {
    const { vault, cache } = freshVault();
    due(vault, cache);
    const path = join(vault, "Journal/2026/11/2026-11-20 Friday.md");
    writeFileSync(path, `${readFileSync(path, "utf8")}- Lunch with [[Hiro Tanaka]]\n`);
    utimesSync(path, new Date("2026-11-02T00:00:00Z"), new Date("2026-11-02T00:00:00Z"));
    writeFileSync(join(vault, "New.md"), "# New\n");
    utimesSync(join(vault, "New.md"), new Date("2026-11-02T00:00:00Z"), new Date("2026-11-02T00:00:00Z"));
    rmSync(join(vault, "Projects/Roadmap.md"));
    const warm = due(vault, cache);
    expect(warm.notesRead).toBe(2);
    expect(warm.json).toBe(due(vault, null).json);
    expect(personRow(warm.json, "Hiro Tanaka")?.lastContact).toBe("2026-11-20");
    expect(due(vault, cache).notesRead).toBe(0);
  });

  it("reads again a note changed too close to the last read to trust its time and size (racily clean)", () => {
    const { vault, cache } = freshVault();
    const path = join(vault, "People/Alice Chen.md");
    utimesSync(path, new Date(), new Date());
    due(vault, cache);
    // Same size, same time, new text: only the margin catches it.
    const { mtime } = statSync(path);
    writeFileSync(path, readFileSync(path, "utf8").replace("every 2 weeks", "every 3 weeks"));
    utimesSync(path, mtime, mtime);
    const warm = due(vault, cache);
    expect(warm.notesRead).toBe(1);
    expect(personRow(warm.json, "Alice Chen")?.cadence).toBe("every 3 weeks");
  });
});

describe("a cache that cannot be trusted gives what no cache gives", () => {
  const faults: Array<[string, (text: string) => string]> = [
    ["empty", () => ""],
    ["truncated", (text) => text.slice(0, Math.floor(text.length / 2))],
    ["not JSON", () => "\u0000\u0001garbage"],
    ["of another format", (text) => text.replace(`"format":${SNAPSHOT_FORMAT}`, '"format":999')],
    ["of another vault", (text) => text.replace(/"vault":"[^"]*"/, '"vault":"/elsewhere"')],
    // Settings that shape what notes say (here, which tag makes a promise owed to me).
    ["of other settings", (text) => text.replace('"waitingTag\\":\\"waiting\\"', '"waitingTag\\":\\"later\\"')],
    ["with a record of the wrong shape", (text) => text.replace(/"entries":\[/, '"entries":"nope","x":[')],
    ["with an ask of the wrong shape", (text) => text.replace(/"asks":\[\{"line":\d+/, '"asks":[{"line":"x"')],
    ["with a task of the wrong shape", (text) => text.replace('"dueWords":"by Friday"', '"dueWords":5')],
    ["with a person of the wrong shape", (text) => text.replace(/"aliases":\[[^\]]*\]/, '"aliases":42')],
    ["with a note's facts under another path", (text) => text.replace(/("Journal\/2026\/11\/2026-11-02 Monday\.md":\[[^,]*,[^,]*,\{"path":")[^"]*/, "$1People/Alice Chen.md")],
    ["with a record too short", (text) => text.replace(/"Journal\/2026\/11\/2026-11-02 Monday\.md":\[[^\]]*?,/, '"Journal/2026/11/2026-11-02 Monday.md":[')],
  ];
  it.each(faults)("%s", (_what, corrupt) => {
    const { vault, cache } = freshVault();
    const cold = due(vault, null).json;
    due(vault, cache);
    const original = readCacheFile(cache) ?? "";
    const corrupted = corrupt(original);
    expect(corrupted).not.toBe(original);
    writeFileSync(cache, corrupted);
    expect(due(vault, cache).json).toBe(cold);
  });

  it("a cache folder that cannot be written is a warning, and the answer is the same", () => {
    const { vault } = freshVault();
    const folder = mkdtempSync(join(tmpdir(), "rapport-locked-"));
    chmodSync(folder, 0o500);
    const result = due(vault, join(folder, "sub", "vault.json"));
    chmodSync(folder, 0o700);
    expect(result.json).toBe(due(vault, null).json);
    if (process.getuid?.() !== 0) expect(result.warnings[0]).toMatch(/^could not write the cache /);
  });
});

describe("where the cache lives", () => {
  it("one file per vault in the user's cache folder, readable by the user alone", () => {
    const { vault } = freshVault();
    const folder = mkdtempSync(join(tmpdir(), "rapport-cache-"));
    let out = "";
    run(["due", "--vault", vault, "--today", "2026-11-23"], (text) => (out += text), () => undefined, folder);
    const file = cacheFile(vault, folder);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    run(["cache", "clear", "--vault", vault], (text) => (out = text), () => undefined, folder);
    expect(out).toBe(`Removed the note cache of ${vault} (${file}).\n`);
    expect(readCacheFile(file)).toBeNull();
  });

  it.each([
    [{ XDG_CACHE_HOME: "/x/cache" }, "linux", "/x/cache/rapport"],
    [{}, "linux", "/home/u/.cache/rapport"],
    [{}, "darwin", "/home/u/Library/Caches/rapport"],
  ] as const)("%j on %s: %s", (env, platform, folder) => {
    expect(cacheFolder(env, platform, "/home/u")).toBe(folder);
  });
});

describe("settings that shape only the due list", () => {
  it("keep the cache: a new window or an ignored name reads no note again", () => {
    expect(parsingKey(withDefaults({ dueSoonDays: 3, ignoredNames: ["Zed"], groupCadences: { work: "monthly" } }))).toBe(parsingKey(withDefaults()));
    expect(parsingKey(withDefaults({ waitingTag: "later" }))).not.toBe(parsingKey(withDefaults()));
    expect(parsingKey(withDefaults({ personRules: [{ property: "kind", value: "human" }] }))).not.toBe(parsingKey(withDefaults()));
  });
});
