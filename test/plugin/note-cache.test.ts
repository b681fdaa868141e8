/** The plugin's note cache (IndexedDB, here fake-indexeddb): a second start reads only what changed. */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import RapportPlugin from "../../src/plugin/main";
import { App } from "../obsidian/index";
import { EXAMPLE, loadComponent, manifest, pinToday, vaultCopy } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

/** Starts the plugin on `app` as Obsidian would, counting the notes it reads, until its first scan is done. */
async function start(app: App): Promise<{ plugin: RapportPlugin; reads: string[] }> {
  const reads: string[] = [];
  const read = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = async (file) => {
    reads.push(file.path);
    return read(file);
  };
  const plugin = new RapportPlugin(app as never, manifest as never);
  await loadComponent(plugin);
  app.workspace.ready();
  await vi.waitFor(() => expect(plugin.report()).not.toBeNull());
  await plugin.settled();
  app.vault.cachedRead = read;
  return { plugin, reads };
}

it("a second start reads no note that did not change, and shows the same list", async () => {
  const app = new App(vaultCopy(EXAMPLE));
  const first = await start(app);
  expect(first.reads).toHaveLength(25);
  const list = JSON.stringify(first.plugin.report());
  first.plugin.unload();
  const second = await start(app);
  expect(second.reads).toEqual([]);
  expect(JSON.stringify(second.plugin.report())).toBe(list);
});

it("reads again a note changed while Obsidian was closed, and only that one", async () => {
  const app = new App(vaultCopy(EXAMPLE));
  const first = await start(app);
  first.plugin.unload();
  const path = "Journal/2026/11/2026-11-20 Friday.md";
  await app.vault.modify(app.vault.getFileByPath(path)!, `${await app.vault.read(app.vault.getFileByPath(path)!)}- Call with [[Hiro Tanaka]]\n`);
  const second = await start(app);
  expect(second.reads).toEqual([path]);
  expect(second.plugin.report()?.people.find((p) => p.name === "Hiro Tanaka")?.lastContact).toBe("2026-11-20");
});

it("Rebuild index empties the cache and reads every note again", async () => {
  const app = new App(vaultCopy(EXAMPLE));
  const { plugin } = await start(app);
  const reads: string[] = [];
  const read = app.vault.cachedRead.bind(app.vault);
  app.vault.cachedRead = async (file) => {
    reads.push(file.path);
    return read(file);
  };
  await plugin.rebuildIndex();
  expect(reads).toHaveLength(25);
  plugin.unload();
  app.vault.cachedRead = read;
  expect((await start(app)).reads).toEqual([]);
});
