import { execFileSync } from "node:child_process";
import { builtinModules } from "node:module";
import { readFileSync, statSync } from "node:fs";
import { runInThisContext } from "node:vm";
import * as obsidian from "obsidian";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type RapportPlugin from "../../src/plugin/main";
import { EXAMPLE, loadVault, pinToday, runCommand, sidebarText } from "./harness";

beforeAll(() => {
  execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: "ignore" });
}, 60_000);
beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

/** Evaluates the built main.js as Obsidian does: CommonJS, with `obsidian` the only module it may require. */
function loadBuiltPlugin(): new (app: never, manifest: never) => RapportPlugin {
  const required: string[] = [];
  const module = { exports: {} as { default?: unknown } };
  const requireFn = (id: string) => {
    required.push(id);
    if (id === "obsidian") return obsidian;
    throw new Error(`main.js requires "${id}", which Obsidian does not provide`);
  };
  const wrapped: unknown = runInThisContext(`(function (require, module, exports) {\n${readFileSync("main.js", "utf8")}\n})`, { filename: "main.js" });
  (wrapped as (r: typeof requireFn, m: typeof module, e: typeof module.exports) => void)(requireFn, module, module.exports);
  expect([...new Set(required)]).toEqual(["obsidian"]);
  return module.exports.default as new (app: never, manifest: never) => RapportPlugin;
}

describe("the built main.js", () => {
  it("requires no Node built-in, so it runs on mobile", () => {
    const text = readFileSync("main.js", "utf8");
    const required = [...text.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.filter((id) => builtinModules.includes(id!.replace(/^node:/, "")))).toEqual([]);
    expect([...new Set(required)]).toEqual(["obsidian"]);
  });

  it("stays small (rrule and chrono's English parser inside, no YAML parser or gray-matter)", () => {
    expect(statSync("main.js").size).toBeLessThan(250 * 1024);
    const text = readFileSync("main.js", "utf8");
    expect(text).not.toContain("gray-matter");
    expect(text).not.toContain("YAMLException");
  });

  it("loads in the stand-in and shows the example vault's due list", async () => {
    const { app } = await loadVault(EXAMPLE, loadBuiltPlugin());
    // The ids of earlier versions stay, so that hotkeys users gave them keep working.
    expect([...app.commands.keys()]).toEqual([
      "open-sidebar",
      "log-interaction",
      "add-commitment",
      "add-waiting-on",
      "snooze-person",
      "set-cadence",
      "show-timeline",
      "add-person",
      "make-person",
      "triage",
      "create-person",
      "mark-commitment-done",
      "undo-last-change",
      "rebuild-index",
    ]);
    await runCommand(app, "open-sidebar");
    expect(sidebarText(app).slice(0, 3)).toEqual([
      "Promises due (3)",
      "  Alice Chen | 13 days overdue | Send the article",
      "  Bob Martinez | 3 days overdue | Send the roadmap deck by Friday",
    ]);
  });
});
