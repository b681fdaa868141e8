/**
 * Times the sidebar's content in headless Chromium, the engine Obsidian runs on: the page gets the report
 * and bench/view-in-browser.ts, builds the content a number of times, and prints the median, which
 * --dump-dom hands back. Null when no Chromium is installed (apt-get install chromium).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DueReport } from "../src/core/report/due-report";

export function timeViewInChromium(report: DueReport, browserBundle: string, repetitions: number): number | null {
  const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
  if (!chromium) return null;
  const dir = mkdtempSync(join(tmpdir(), "rapport-view-"));
  const page = join(dir, "view.html");
  // "<" escaped so no text in the report can close the script element.
  const data = JSON.stringify(report).replace(/</g, "\\u003c");
  const script = readFileSync(browserBundle, "utf8");
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><body><script>const REPORT = ${data}; const REPETITIONS = ${repetitions};</script><script>${script}</script></body>`);
  const dom = execFileSync(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", `--user-data-dir=${join(dir, "profile")}`, "--dump-dom", `file://${page}`,
  ], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  const median = /id="rapport-view-ms">([\d.]+)</.exec(dom)?.[1];
  return median === undefined ? null : Number(median);
}
