/** Loads the plugin on a copy of a vault folder, in the obsidian stand-in, as Obsidian would. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import RapportPlugin from "../../src/plugin/main";
import { DueView, VIEW_TYPE_DUE } from "../../src/plugin/view/due-view";
import { App, Component, Menu, Modal, Notice } from "../obsidian/index";

export const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as { id: string; name: string; version: string };

/** Pins the clock's date (only Date: timers stay real, so debounces run). */
export function pinToday(isoDateTime = "2026-11-23T09:30:00"): void {
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(isoDateTime) });
}

export interface Loaded {
  app: App;
  plugin: RapportPlugin;
  root: string;
  read: (path: string) => string;
}

/** A copy of `fixture` (or an empty vault), its notes last changed long ago (as a vault's notes mostly are). */
export function vaultCopy(fixture: string | null): string {
  const root = mkdtempSync(join(tmpdir(), "rapport-vault-"));
  if (fixture) cpSync(fixture, root, { recursive: true });
  else mkdirSync(join(root, ".obsidian"), { recursive: true });
  const longAgo = new Date("2026-10-01T00:00:00Z");
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), longAgo, longAgo);
  }
  return root;
}

/** A fresh copy of `fixture` (or an empty vault) with the plugin loaded and its first scan done. */
export async function loadVault(fixture: string | null, PluginClass: new (app: never, manifest: never) => RapportPlugin = RapportPlugin): Promise<Loaded> {
  Notice.shown = [];
  Notice.all = [];
  Modal.openModals = [];
  Menu.lastShown = null;
  const root = vaultCopy(fixture);
  const app = new App(root);
  const plugin = new PluginClass(app as never, manifest as never);
  await loadComponent(plugin);
  app.workspace.ready();
  await vi.waitFor(() => {
    if (plugin.report() === null) throw new Error("still indexing");
  });
  return { app, plugin, root, read: (path) => readFileSync(join(root, ...path.split("/")), "utf8") };
}

/** Loads a plugin or view as Obsidian does, awaiting its async onload (typed `void` in the API). */
export function loadComponent(component: unknown): Promise<void> {
  return (component as Component).load();
}

/** Runs a command by id, as the command palette does. */
export async function runCommand(app: App, id: string): Promise<void> {
  const command = app.commands.get(`${id}`);
  if (!command) throw new Error(`no command ${id}`);
  const view = app.workspace.activeLeaf?.view as { editor?: unknown } | undefined;
  if (command.callback) await Promise.resolve(command.callback());
  else if (command.checkCallback) command.checkCallback(false);
  else if (command.editorCallback) await Promise.resolve(command.editorCallback(view?.editor, view));
  else if (command.editorCheckCallback) command.editorCheckCallback(false, view?.editor, view);
}

/** The open sidebar view (by type, not class: the built main.js has its own copy of the class). */
export function dueView(app: App): DueView {
  const view = app.workspace.getLeavesOfType(VIEW_TYPE_DUE)[0]?.view;
  if (!view) throw new Error("the sidebar is not open");
  return view as unknown as DueView;
}

/** The sidebar as a reader sees it: each section's title and its rows' text. */
export function sidebarText(app: App): string[] {
  const root = dueView(app).contentEl;
  const lines: string[] = [];
  for (const el of Array.from(root.querySelectorAll(".rapport-section-title, .rapport-row, .rapport-status, .rapport-problems, .rapport-how-to p"))) {
    if (el.classList.contains("rapport-row")) {
      const name = el.querySelector(".rapport-name")?.textContent ?? "";
      const late = el.querySelector(".rapport-late")?.textContent ?? "";
      const meta = el.querySelector(".rapport-row-meta")?.textContent ?? "";
      const buttons = Array.from(el.querySelectorAll("button")).map((b) => `[${b.textContent ?? ""}]`).join(" ");
      lines.push(`  ${[name, late, meta, buttons].filter(Boolean).join(" | ")}`);
    } else lines.push(el.textContent ?? "");
  }
  return lines;
}

export const EXAMPLE = "examples/vault";
