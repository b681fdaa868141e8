/**
 * One plugin start-up, in a process of its own (a cold JIT, as when Obsidian opens), with the sidebar
 * restored open as the workspace does: the longest time the thread was held, and the time until the
 * sidebar shows the due list. `--cache cold` starts with an empty note cache and writes what the start
 * kept to `--records`; `--cache warm` fills the cache from that file first (untimed), as a second start.
 * Prints the figures as JSON. Run by bench.ts, bundled with the obsidian stand-in by bench/run.mjs.
 */
import "../scripts/happy-globals";
import "../test/obsidian/dom-setup";
import { readFileSync, writeFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { indexedDB as fakeIndexedDB, IDBKeyRange as FakeKeyRange } from "fake-indexeddb";
import { createStore, entries, setMany } from "idb-keyval";
import RapportPlugin from "../src/plugin/main";
import { DueView, VIEW_TYPE_DUE } from "../src/plugin/view/due-view";
import { App, type Component } from "../test/obsidian/index";

const { values } = parseArgs({ options: { vault: { type: "string" }, cache: { type: "string" }, records: { type: "string" } } });
// IndexedDB as in Obsidian (fake-indexeddb keeps it in memory, so the warm start is filled from a file).
Object.assign(globalThis, { indexedDB: fakeIndexedDB, IDBKeyRange: FakeKeyRange });
const vault = values.vault as string;
const records = values.records as string;
const APP_ID = "bench";
const store = createStore(`rapport-cache-${APP_ID}`, "notes");

const app = new App(vault);
app.appId = APP_ID;
if (values.cache === "warm") await setMany(JSON.parse(readFileSync(records, "utf8")) as Array<[string, unknown]>, store);

// The time each refresh of the view takes, the first with a list being the view's first render.
const renders: number[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call on a view, as the method itself would be
const refresh = DueView.prototype.refresh;
DueView.prototype.refresh = function (this: DueView) {
  const start = performance.now();
  refresh.call(this);
  if (this.contentEl.querySelector(".rapport-row")) renders.push(performance.now() - start);
};

const gcPauses: Array<{ start: number; end: number }> = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
});
observer.observe({ entryTypes: ["gc"] });
const gaps: Array<{ start: number; end: number }> = [];
let last = performance.now();
let beating = true;
const beat = () => {
  const now = performance.now();
  gaps.push({ start: last, end: now });
  last = now;
  if (beating) window.setTimeout(beat, 0);
};

const started = performance.now();
window.setTimeout(beat, 0);
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as never;
const plugin = new RapportPlugin(app as never, manifest);
await (plugin as unknown as Component).load();
// The workspace restores the sidebar before the layout is ready, as when Obsidian starts with it open.
await app.workspace.getRightLeaf(false).setViewState({ type: VIEW_TYPE_DUE });
app.workspace.ready();
const view = () => app.workspace.getLeavesOfType(VIEW_TYPE_DUE)[0]?.view as DueView | undefined;
while (!view()?.contentEl.querySelector(".rapport-row")) await new Promise((resolve) => window.setTimeout(resolve, 1));
const contentMs = performance.now() - started;
beating = false;
await (plugin as unknown as { settled(): Promise<void> }).settled();
await new Promise((resolve) => window.setTimeout(resolve, 20)); // the observer reports after the fact
observer.disconnect();
if (values.cache === "cold") writeFileSync(records, JSON.stringify(await entries(store)));

const inGap = (gap: { start: number; end: number }) => gcPauses.reduce((sum, pause) => sum + Math.max(0, Math.min(gap.end, pause.end) - Math.max(gap.start, pause.start)), 0);
process.stdout.write(
  JSON.stringify({
    contentMs,
    longestBlockMs: Math.max(...gaps.map((gap) => gap.end - gap.start)),
    longestBlockWithoutGcMs: Math.max(...gaps.map((gap) => gap.end - gap.start - inGap(gap))),
    firstRenderMs: renders[0] ?? null,
  }),
);
process.exit(0);
