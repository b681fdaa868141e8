/**
 * `npm run bench`: how fast Rapport is on a generated vault. Prints medians over several repetitions and
 * writes them to bench/results.json. Flags: --people 2000 --days 3650 --other 20000 --reps 5.
 */
import "../scripts/happy-globals";
import "../test/obsidian/dom-setup";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { frontmatterRelevance } from "../src/core/parse/frontmatter-relevance";
import { markdownPaths, momentDateParser, readSourceNote, readText, readVault, vaultSettings } from "../src/cli/read-vault";
import { addDays } from "../src/core/calendar/dates";
import type { SourceNote } from "../src/core/parse/note";
import { Model } from "../src/core/index/model";
import { adversarialRows, type AdversarialRow } from "./adversarial";
import { timeViewInChromium } from "./chromium";
import { sidebarContent } from "./sidebar-content";
import { generateVault } from "./generate";
import RapportPlugin from "../src/plugin/main";
import { App, type Component } from "../test/obsidian/index";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "2000" },
    days: { type: "string", default: "3650" },
    other: { type: "string", default: "20000" },
    reps: { type: "string", default: "5" },
    "browser-bundle": { type: "string" },
    only: { type: "string" },
  },
});
const size = { people: Number(values.people), days: Number(values.days), other: Number(values.other) };
const reps = Number(values.reps);
const TODAY = "2026-11-23";
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** `fresh`: collect garbage before each run (untimed), so each starts as a new process would. */
function timeMedian(times: number, run: () => unknown, fresh = false): number {
  return median(
    Array.from({ length: times }, () => {
      if (fresh) gc();
      return time(run);
    }),
  );
}

/** Runs `run` as many times untimed first: the JIT has then compiled it, as in a plugin that has run a while. */
function timeMedianWarm(times: number, run: () => unknown): number {
  for (let i = 0; i < times; i++) run();
  return timeMedian(times, run);
}

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

if (values.only === "adversarial") {
  printAdversarial(adversarialRows(reps));
  process.exit(0);
}

function printAdversarial(rows: AdversarialRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) process.stdout.write(`${r.name.padEnd(width)}  ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  ${r.ms.toFixed(1).padStart(8)} ms\n`);
}

const root = mkdtempSync(join(tmpdir(), "rapport-bench-"));
process.stdout.write(`Generating ${size.people} people, ${size.days} daily notes, ${size.other} other notes in ${root} ...\n`);
const generated = generateVault(root, size);
const settings = vaultSettings(root);

// 1. The physical limit: find, read and split every Markdown file.
// 2. The CLI's whole path from folder to a queryable index.
// Both as a new process runs them, with an empty heap: what the run before left is collected, untimed.
const baselineMs = timeMedian(
  reps,
  () => {
    for (const path of markdownPaths(root)) readText(`${root}/${path}`).split("\n");
  },
  true,
);
const coldIndexMs = timeMedian(reps, () => readVault(root, settings).model.allPeople(), true);

// 3. Replacing one daily note in a built index, at several vault sizes (no I/O: notes are read beforehand).
const sources: SourceNote[] = markdownPaths(root).map((path) => readSourceNote(root, path, frontmatterRelevance(settings)));
function indexOfSize(total: number): { index: Model; daily: SourceNote } {
  const people = sources.filter((s) => s.path.startsWith("People/"));
  const daily = sources.filter((s) => s.path.startsWith("Journal/"));
  const other = sources.filter((s) => s.path.startsWith("Notes/"));
  const chosen = [...people.slice(0, Math.min(people.length, total * 0.1)), ...daily.slice(-Math.min(daily.length, total * 0.15))];
  for (let i = 0; chosen.length < total; i++) {
    const source = other[i % other.length] as SourceNote;
    chosen.push(i < other.length ? source : { ...source, path: `Copies/${i}/${source.path}` });
  }
  const index = new Model(settings, momentDateParser);
  for (const source of chosen) index.upsert(source);
  return { index, daily: chosen.find((s) => s.path.startsWith("Journal/")) as SourceNote };
}
const incrementalMs: Record<string, number> = {};
const incrementalWithQueryMs: Record<string, number> = {};
for (const total of [1000, 25000, 100000]) {
  const { index, daily } = indexOfSize(total);
  const edited = { ...daily, body: `${daily.body}- Called [[${"Alice Chen 1"}]] #call\n` };
  index.report(TODAY);
  // Alternate between two versions of the note, so every upsert really changes it.
  let round = 0;
  const nextVersion = () => (round++ % 2 === 0 ? edited : daily);
  incrementalMs[total] = timeMedian(1001, () => index.upsert(nextVersion()));
  incrementalWithQueryMs[total] = timeMedian(21, () => {
    index.upsert(nextVersion());
    index.report(TODAY);
  });
}

// 4. The due list for every person, from a built index.
const index = readVault(root, settings).model;
index.report(TODAY);
let day = 0;
// Each repetition asks for a new day, so nothing of the day before can be reused.
const dueListMs = timeMedianWarm(reps * 4, () => index.report(addDays(TODAY, ++day)));
const dueListRepeatMs = timeMedian(reps * 4, () => index.report(TODAY));

// 5. The sidebar's content for every person, in a real DOM (happy-dom, with Obsidian's helpers).
const report = index.report(TODAY);
const viewInChromiumMs = values["browser-bundle"] ? timeViewInChromium(report, values["browser-bundle"], reps * 4) : null;
const viewMs = timeMedianWarm(reps * 4, () => sidebarContent(report));

// 6. Memory: the heap the index holds once built (the facts alone), then with what a query adds (the
//    contacts and the due list, kept for the next query), and whether edits make it grow.
const before = heapMB();
let held: Model | null = readVault(root, settings).model;
const indexAloneHeapMB = heapMB() - before;
held.report(TODAY);
const indexHeapMB = heapMB() - before;
const factsMB = JSON.stringify([...held.index.all()]).length / 1024 / 1024;
const oneNote = sources.find((s) => s.path.startsWith("Journal/")) as SourceNote;
const afterBuild = heapMB();
for (let i = 0; i < 5000; i++) {
  held.upsert({ ...oneNote, body: `${oneNote.body}- edit ${i % 2}\n` });
  if (i % 100 === 0) held.report(TODAY);
}
held.report(TODAY);
const growthAfter5000EditsMB = heapMB() - afterBuild;
held = null;

// 7. The plugin's start-up in the obsidian stand-in: time to a ready index, and the longest time the
//    thread was held without a break (a heartbeat timer measures the gaps between its own turns). V8's
//    garbage collector also stops the thread, for a time that depends on the whole heap (here, the
//    stand-in's copy of every note too): the gaps are also given without the collector's pauses in them.
const startup = await (async () => {
  const app = new App(root);
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as never;
  const plugin = new RapportPlugin(app as never, manifest);
  await (plugin as unknown as Component).load();
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
  window.setTimeout(beat, 0);
  const started = performance.now();
  app.workspace.ready();
  // Polls the index, not the report: computing the first report is the due list's figure above.
  while (!(plugin as unknown as { live: { ready: boolean } }).live.ready) await new Promise((resolve) => window.setTimeout(resolve, 1));
  const readyMs = performance.now() - started;
  beating = false;
  await new Promise((resolve) => window.setTimeout(resolve, 10)); // the observer reports after the fact
  observer.disconnect();
  const inGap = (gap: { start: number; end: number }) =>
    gcPauses.reduce((sum, pause) => sum + Math.max(0, Math.min(gap.end, pause.end) - Math.max(gap.start, pause.start)), 0);
  const longestBlockMs = Math.max(...gaps.map((gap) => gap.end - gap.start));
  const longestBlockWithoutGcMs = Math.max(...gaps.map((gap) => gap.end - gap.start - inGap(gap)));
  const longestGcPauseMs = Math.max(0, ...gcPauses.map((pause) => pause.end - pause.start));
  return { readyMs, longestBlockMs, longestBlockWithoutGcMs, longestGcPauseMs };
})();

const mainJsKB = (() => {
  try {
    return statSync("main.js").size / 1024;
  } catch {
    return null;
  }
})();

// 8. Hostile notes and rules, one at a time.
const adversarial = adversarialRows(reps);

const results = {
  machine: { cpus: cpus().length, node: process.version },
  vault: { ...size, files: generated.files, textMB: generated.bytes / 1024 / 1024 },
  baselineMs,
  coldIndexMs,
  coldIndexRatio: coldIndexMs / baselineMs,
  incrementalMs,
  incrementalWithQueryMs,
  dueListMs,
  dueListRepeatMs,
  viewMs,
  viewInChromiumMs,
  indexHeapMB,
  indexAloneHeapMB,
  factsMB,
  growthAfter5000EditsMB,
  pluginStartMs: startup.readyMs,
  pluginLongestBlockMs: startup.longestBlockMs,
  pluginLongestBlockWithoutGcMs: startup.longestBlockWithoutGcMs,
  pluginLongestGcPauseMs: startup.longestGcPauseMs,
  mainJsKB,
  adversarial,
};
writeFileSync(join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(root, { recursive: true, force: true });

const f = (n: number) => n.toFixed(n < 1 ? 3 : 1);
const rows: Array<[string, string]> = [
  ["vault", `${generated.files} files, ${f(generated.bytes / 1024 / 1024)} MB of text`],
  ["baseline (read + split every file)", `${f(baselineMs)} ms`],
  ["cold index (CLI: read, frontmatter, parse, resolve)", `${f(coldIndexMs)} ms (${f(coldIndexMs / baselineMs)} x baseline)`],
  ...Object.entries(incrementalMs).map(([n, ms]): [string, string] => [`incremental, replace one daily note at ${n} notes`, `${f(ms)} ms (with the due list after it: ${f(incrementalWithQueryMs[n] ?? 0)} ms)`]),
  [`due list (${size.people} people), a new day`, `${f(dueListMs)} ms (the same day again: ${f(dueListRepeatMs)} ms)`],
  [`view content (${size.people} people)`, `${f(viewMs)} ms in happy-dom; ${viewInChromiumMs === null ? "no Chromium installed" : `${f(viewInChromiumMs)} ms in headless Chromium`}`],
  ["index heap after GC, facts alone", `${f(indexAloneHeapMB)} MB (the facts as JSON: ${f(factsMB)} MB)`],
  ["... with the contacts and due list a query keeps", `${f(indexHeapMB)} MB`],
  ["heap growth after 5,000 edits of one note", `${f(growthAfter5000EditsMB)} MB`],
  ["plugin start-up (stand-in), to a ready index", `${f(startup.readyMs)} ms`],
  [
    "... longest block of the UI thread",
    `${f(startup.longestBlockMs)} ms; without GC pauses ${f(startup.longestBlockWithoutGcMs)} ms (longest GC pause ${f(startup.longestGcPauseMs)} ms)`,
  ],
  ["main.js", mainJsKB === null ? "not built" : `${f(mainJsKB)} KB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
process.stdout.write("\nAdversarial notes (each added to a model of 2,000 people, to its links resolved):\n");
printAdversarial(adversarial);
process.stdout.write("Figures written to bench/results.json\n");
