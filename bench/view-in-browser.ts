/**
 * The sidebar's content built in a real browser engine (Chromium, as in Obsidian) rather than happy-dom.
 * Bundled for the browser by bench/chromium.ts with the report inlined; writes the median build time
 * into the page, which Chromium's --dump-dom prints.
 */
import "../test/obsidian/dom-setup";
import type { DueReport } from "../src/core/report/due-report";
import { sidebarContent } from "./sidebar-content";

declare const REPORT: DueReport;
declare const REPETITIONS: number;

// As many untimed runs first, as the bench does in happy-dom: the JIT has then compiled the view.
for (let i = 0; i < REPETITIONS; i++) document.body.replaceChildren(sidebarContent(REPORT));
const samples: number[] = [];
for (let i = 0; i < REPETITIONS; i++) {
  const start = performance.now();
  const content = sidebarContent(REPORT);
  samples.push(performance.now() - start);
  document.body.replaceChildren(content);
}
samples.sort((a, b) => a - b);
document.body.createEl("pre", { text: String(samples[Math.floor(samples.length / 2)]), attr: { id: "rapport-view-ms" } });
