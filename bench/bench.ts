/**
 * `npm run bench`: how fast Rapport is on a generated vault, measured where a user feels it: the CLI as a
 * process against a raw read, each kind of edit to the due list, the plugin's start-up with the sidebar
 * open (in processes of their own, a cold JIT), the view, memory, and hostile notes. Prints the figures and
 * writes them to bench/results.json. Flags: --people 2000 --days 3650 --other 20000 --reps 5.
 */
import "../scripts/happy-globals";
import "../test/obsidian/dom-setup";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { frontmatterRelevance } from "../src/core/parse/frontmatter-relevance";
import { markdownPaths, momentDateParser, readSourceNote, readText, readVault, vaultSettings } from "../src/cli/read-vault";
import { addDays } from "../src/core/calendar/dates";
import { Model } from "../src/core/index/model";
import type { SourceNote } from "../src/core/parse/note";
import { adversarialRows, type AdversarialRow } from "./adversarial";
import { timeViewInChromium } from "./chromium";
import { timeCli } from "./cli-ratios";
import { timeEdits, type EditKind } from "./edits";
import { generateVault, personName } from "./generate";
import { sidebarContent } from "./sidebar-content";

const { values } = parseArgs({
  options: {
    people: { type: "string", default: "2000" },
    days: { type: "string", default: "3650" },
    other: { type: "string", default: "20000" },
    reps: { type: "string", default: "5" },
    "browser-bundle": { type: "string" },
    "startup-bundle": { type: "string" },
    only: { type: "string" },
  },
});
const size = { people: Number(values.people), days: Number(values.days), other: Number(values.other) };
const reps = Number(values.reps);
const TODAY = "2026-11-23";
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

if (values.only === "adversarial") {
  printAdversarial(adversarialRows(reps));
  process.exit(0);
}

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

function printAdversarial(rows: AdversarialRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) process.stdout.write(`${r.name.padEnd(width)}  ${(r.bytes / 1e6).toFixed(2).padStart(6)} MB  ${r.ms.toFixed(1).padStart(8)} ms\n`);
}

const root = mkdtempSync(join(tmpdir(), "rapport-bench-"));
process.stdout.write(`Generating ${size.people} people, ${size.days} daily notes, ${size.other} other notes in ${root} ...\n`);
const generated = generateVault(root, size);
const settings = vaultSettings(root);
const paths = markdownPaths(root);

// 1. The CLI, end to end as processes, against a raw read in the same run.
process.stdout.write("Timing the CLI as processes ...\n");
const cli = timeCli(root, paths, reps);

// 2. In process: the raw read and the CLI's path from folder to a model (no cache), for comparison.
const baselineMs = timeMedian(reps, () => paths.forEach((path) => readText(`${root}/${path}`).split("\n")), true);
const coldIndexMs = timeMedian(reps, () => readVault(root, settings).model.allPeople(), true);

// 3. Replacing one daily note in a built model, at several vault sizes (no I/O: notes are read beforehand).
const mayMatter = frontmatterRelevance(settings);
const sources: SourceNote[] = paths.map((path) => readSourceNote(root, path, mayMatter));
function modelOfSize(total: number): { model: Model; daily: SourceNote } {
  const people = sources.filter((s) => s.path.startsWith("People/"));
  const daily = sources.filter((s) => s.path.startsWith("Journal/"));
  const other = sources.filter((s) => s.path.startsWith("Notes/"));
  const chosen = [...people.slice(0, Math.min(people.length, total * 0.1)), ...daily.slice(-Math.min(daily.length, total * 0.15))];
  for (let i = 0; chosen.length < total; i++) {
    const source = other[i % other.length] as SourceNote;
    chosen.push(i < other.length ? source : { ...source, path: `Copies/${i}/${source.path}` });
  }
  const model = new Model(settings, momentDateParser);
  for (const source of chosen) model.upsert(source);
  return { model, daily: chosen.find((s) => s.path.startsWith("Journal/")) as SourceNote };
}
const incrementalMs: Record<string, number> = {};
const incrementalWithQueryMs: Record<string, number> = {};
for (const total of [1000, 25000, 100000]) {
  const { model, daily } = modelOfSize(total);
  const edited = { ...daily, body: `${daily.body}- Called [[${personName(1)}]] #call\n` };
  model.report(TODAY);
  // Alternate between two versions of the note, so every upsert really changes it.
  let round = 0;
  const nextVersion = () => (round++ % 2 === 0 ? edited : daily);
  incrementalMs[total] = timeMedian(1001, () => model.upsert(nextVersion()));
  incrementalWithQueryMs[total] = timeMedian(21, () => {
    model.upsert(nextVersion());
    model.report(TODAY);
  });
}

// 4. Each kind of edit a user makes, to the due list ready, on the whole vault.
const model = readVault(root, settings).model;
model.report(TODAY);
const dailyPath = paths.filter((path) => path.startsWith("Journal/")).at(-1) as string;
const personPath = `People/${personName(7)}.md`;
const edits = timeEdits(model, { dailyPath, daily: readText(`${root}/${dailyPath}`), personPath, person: readText(`${root}/${personPath}`) }, TODAY, Math.max(10, reps * 2));

// 5. The due list for every person on a new day, from a built model.
let day = 0;
const dueListMs = timeMedianWarm(reps * 4, () => model.report(addDays(TODAY, ++day)));
const dueListRepeatMs = timeMedian(reps * 4, () => model.report(TODAY));

// 6. The sidebar's content for every person, in a real DOM (happy-dom, and Chromium when installed).
const report = model.report(TODAY);
const viewInChromiumMs = values["browser-bundle"] ? timeViewInChromium(report, values["browser-bundle"], reps * 4) : null;
const viewMs = timeMedianWarm(reps * 4, () => sidebarContent(report));

// 7. Memory: the heap the model holds once built, and whether edits make it grow.
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

// 8. The plugin's start-up with the sidebar open, first with an empty note cache, then warm; each in a
//    process of its own (a cold JIT), the stand-in's app built before the clock starts.
interface Startup {
  contentMs: number;
  longestBlockMs: number;
  longestBlockWithoutGcMs: number;
  firstRenderMs: number | null;
}
const startups = { cold: [] as Startup[], warm: [] as Startup[] };
if (values["startup-bundle"]) {
  const records = join(mkdtempSync(join(tmpdir(), "rapport-records-")), "records.json");
  for (let rep = 0; rep < Math.max(2, Math.ceil(reps / 2)); rep++) {
    for (const cache of ["cold", "warm"] as const) {
      const out = execFileSync("node", ["--max-old-space-size=8192", values["startup-bundle"], "--vault", root, "--cache", cache, "--records", records], { encoding: "utf8" });
      startups[cache].push(JSON.parse(out) as Startup);
    }
  }
}
const startupOf = (runs: Startup[], key: keyof Startup) => (runs.length === 0 ? null : median(runs.map((run) => run[key] ?? 0)));

// 9. Hostile notes and rules, one at a time.
const adversarial = adversarialRows(reps);

const mainJsKB = (() => {
  try {
    return statSync("main.js").size / 1024;
  } catch {
    return null;
  }
})();

const coldStart = startupOf(startups.cold, "contentMs");
const warmStart = startupOf(startups.warm, "contentMs");
const editKeys: Record<EditKind, string> = {
  dailyLine: "a daily-note line added",
  personSnooze: "a person's snooze changed",
  personCadence: "a person's cadence changed",
  personAlias: "a person's alias changed",
  personRename: "a person renamed",
  personCreate: "a person created",
};
const results = {
  machine: { cpus: cpus().length, node: process.version },
  vault: { ...size, files: generated.files, textMB: generated.bytes / 1024 / 1024 },
  baselineMs,
  coldIndexMs,
  coldIndexRatio: coldIndexMs / baselineMs,
  rawReadProcessMs: cli.rawMs,
  cliColdMs: cli.coldMs,
  cliFirstColdMs: cli.firstColdMs,
  cliWarmMs: cli.warmMs,
  cliWarm100Ms: cli.warm100Ms,
  cliColdRatio: cli.coldMs / cli.rawMs,
  cliWarmRatio: cli.warmMs / cli.rawMs,
  cliWarm100Ratio: cli.warm100Ms / cli.rawMs,
  incrementalMs,
  incrementalWithQueryMs,
  edits,
  personEditMs: Math.max(edits.personSnooze.medianMs, edits.personCadence.medianMs, edits.personAlias.medianMs),
  renameMs: edits.personRename.medianMs,
  dueListMs,
  dueListRepeatMs,
  viewMs,
  viewInChromiumMs,
  viewFirstRenderMs: startupOf(startups.cold, "firstRenderMs"),
  indexHeapMB,
  indexAloneHeapMB,
  factsMB,
  growthAfter5000EditsMB,
  pluginStartMs: coldStart,
  pluginLongestBlockMs: startupOf(startups.cold, "longestBlockMs"),
  pluginLongestBlockWithoutGcMs: startupOf(startups.cold, "longestBlockWithoutGcMs"),
  startupLongestBlockMs: startupOf(startups.cold, "longestBlockMs"),
  warmStartMs: warmStart,
  warmStartLongestBlockMs: startupOf(startups.warm, "longestBlockMs"),
  warmStartRatio: coldStart && warmStart ? warmStart / coldStart : null,
  startups,
  mainJsKB,
  adversarial,
};
writeFileSync(join("bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
rmSync(root, { recursive: true, force: true });

const f = (n: number | null) => (n === null ? "n/a" : n.toFixed(n < 1 ? 3 : 1));
const rows: Array<[string, string]> = [
  ["vault", `${generated.files} files, ${f(generated.bytes / 1024 / 1024)} MB of text`],
  ["raw read (walk, read, split), as a process", `${f(cli.rawMs)} ms`],
  ["CLI, no cache, as a process", `${f(cli.coldMs)} ms = ${f(results.cliColdRatio)} x raw (first run ${f(cli.firstColdMs)} ms)`],
  ["CLI, warm cache, nothing changed", `${f(cli.warmMs)} ms = ${f(results.cliWarmRatio)} x raw`],
  ["CLI, warm cache, 100 notes changed", `${f(cli.warm100Ms)} ms = ${f(results.cliWarm100Ratio)} x raw`],
  ["in process: raw read / folder to model", `${f(baselineMs)} ms / ${f(coldIndexMs)} ms (${f(results.coldIndexRatio)} x)`],
  ...Object.entries(incrementalMs).map(([n, ms]): [string, string] => [`replace one daily note at ${n} notes`, `${f(ms)} ms (with the due list after it: ${f(incrementalWithQueryMs[n] ?? 0)} ms)`]),
  ...Object.entries(edits).map(([kind, t]): [string, string] => [`edit to due list: ${editKeys[kind as EditKind]}`, `median ${f(t.medianMs)} ms, worst ${f(t.worstMs)} ms, first ${f(t.firstMs)} ms`]),
  [`due list (${size.people} people), a new day`, `${f(dueListMs)} ms (the same day again: ${f(dueListRepeatMs)} ms)`],
  [`view content (${size.people} people), warm`, `${f(viewMs)} ms in happy-dom; ${viewInChromiumMs === null ? "no Chromium installed" : `${f(viewInChromiumMs)} ms in headless Chromium`}`],
  ["view's first render, in the start-up", `${f(results.viewFirstRenderMs)} ms`],
  ["model heap after GC / with a report", `${f(indexAloneHeapMB)} MB / ${f(indexHeapMB)} MB (the facts as JSON: ${f(factsMB)} MB)`],
  ["heap growth after 5,000 edits of one note", `${f(growthAfter5000EditsMB)} MB`],
  ["plugin start, sidebar open, empty cache: to the list", `${f(coldStart)} ms; longest block ${f(results.startupLongestBlockMs)} ms (${f(results.pluginLongestBlockWithoutGcMs)} ms without GC)`],
  ["plugin start, sidebar open, warm cache: to the list", `${f(warmStart)} ms = ${f(results.warmStartRatio)} x the first; longest block ${f(results.warmStartLongestBlockMs)} ms`],
  ["main.js", mainJsKB === null ? "not built" : `${f(mainJsKB)} KB`],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
process.stdout.write("\nAdversarial notes (each added to a model of 2,000 people, to its links resolved):\n");
printAdversarial(adversarial);
process.stdout.write("Figures written to bench/results.json\n");
