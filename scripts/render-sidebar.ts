/**
 * Renders the sidebar for the example vault, as the plugin builds it, into standalone HTML pages (light
 * and dark) with styles.css and a palette of Obsidian's CSS variables. scripts/screenshot.mjs bundles
 * this with the obsidian stand-in and shoots the pages with headless Chromium.
 */
import "./happy-globals";
import "../test/obsidian/dom-setup";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RapportPlugin from "../src/plugin/main";
import { App, type Component } from "../test/obsidian/index";

const [outDir = "screenshots", today = "2026-11-23"] = process.argv.slice(2);

// The example vault is dated around 23 November 2026: render it as seen that morning.
const pinned = new Date(`${today}T09:30:00`).getTime();
Date.now = () => pinned;

const PALETTES: Record<string, string> = {
  light: `--background-primary:#ffffff;--background-secondary:#f6f6f6;--background-modifier-hover:rgba(0,0,0,0.075);
    --background-modifier-border:#e0e0e0;--text-normal:#222222;--text-muted:#5c5c5c;--text-faint:#ababab;
    --text-error:#e93147;--text-warning:#ec7500;--text-accent:#8a5cf5;--interactive-normal:#ffffff;
    --interactive-hover:#f0f0f0;--interactive-accent:#8a5cf5;`,
  dark: `--background-primary:#1e1e1e;--background-secondary:#262626;--background-modifier-hover:rgba(255,255,255,0.075);
    --background-modifier-border:#363636;--text-normal:#dadada;--text-muted:#b3b3b3;--text-faint:#666666;
    --text-error:#fb464c;--text-warning:#e9973f;--text-accent:#a68af9;--interactive-normal:#363636;
    --interactive-hover:#3f3f3f;--interactive-accent:#8a5cf5;`,
};

const SHARED_VARIABLES = `--font-interface:-apple-system,BlinkMacSystemFont,"Segoe UI",Inter,Ubuntu,sans-serif;
  --font-monospace:"DejaVu Sans Mono",Menlo,monospace;--font-ui-small:13px;--font-ui-smaller:12px;--font-medium:500;
  --font-semibold:600;--size-2-1:2px;--size-4-1:4px;--size-4-2:8px;--size-4-3:12px;--size-4-4:16px;--radius-s:4px;
  --border-width:1px;--cursor:pointer;`;

/** What Obsidian's app.css gives every plugin for free: the base look of text, links and buttons. */
const APP_BASE = `body{margin:0;background:var(--background-secondary);font-family:var(--font-interface);font-size:14px;color:var(--text-normal);}
  .sidebar{width:100%;min-height:100vh;background:var(--background-primary);}
  .view-header{height:36px;display:flex;align-items:center;padding:0 12px;font-weight:600;font-size:13px;border-bottom:1px solid var(--background-modifier-border);}
  a.internal-link{color:var(--text-accent);text-decoration:none;cursor:pointer;}
  button{font-family:inherit;background:var(--interactive-normal);color:var(--text-normal);border:1px solid var(--background-modifier-border);border-radius:4px;cursor:pointer;}
  button:hover{background:var(--interactive-hover);}
  select.dropdown{font-family:inherit;font-size:12px;background:var(--interactive-normal);color:var(--text-normal);border:1px solid var(--background-modifier-border);border-radius:4px;padding:2px 6px;}`;

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "rapport-render-"));
  cpSync("examples/vault", root, { recursive: true });
  const app = new App(root);
  const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as never;
  const plugin = new RapportPlugin(app as never, manifest);
  await (plugin as unknown as Component).load();
  app.workspace.ready();
  while (plugin.report() === null) await new Promise((resolve) => window.setTimeout(resolve, 10));
  await plugin.activateView();
  const view = app.workspace.getLeavesOfType("rapport-due")[0]?.view;
  if (!view) throw new Error("the sidebar did not open");
  view.containerEl.querySelector(".view-header")?.setText("Due to reconnect");
  // Show the snoozed section open, so the picture has every kind of row.
  view.containerEl.querySelector("details")?.setAttribute("open", "");
  const styles = readFileSync("styles.css", "utf8");
  mkdirSync(outDir, { recursive: true });
  for (const [theme, palette] of Object.entries(PALETTES)) {
    const page = `<!doctype html><html class="theme-${theme}"><head><meta charset="utf-8"><style>
      body{${SHARED_VARIABLES}${palette}} ${APP_BASE}
      ${styles}</style></head><body><div class="sidebar">${view.containerEl.outerHTML}</div></body></html>`;
    writeFileSync(join(outDir, `sidebar-${theme}.html`), page);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
