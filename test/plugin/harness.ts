/** Loads the plugin on a copy of a vault folder, in the obsidian stand-in, as Obsidian would. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import RapportPlugin from "../../src/plugin/main";
import { DueView, VIEW_TYPE_DUE } from "../../src/plugin/view/due-view";
import { App, Component, Menu, Modal, Notice, type Scope } from "../obsidian/index";

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

/** A vault of these notes (path to text), written to a temporary folder, with the plugin loaded on it. */
export async function loadNotes(notes: Record<string, string>): Promise<Loaded> {
  const root = mkdtempSync(join(tmpdir(), "rapport-notes-"));
  mkdirSync(join(root, ".obsidian"), { recursive: true });
  for (const [path, text] of Object.entries(notes)) {
    mkdirSync(join(root, ...path.split("/").slice(0, -1)), { recursive: true });
    writeFileSync(join(root, ...path.split("/")), text);
  }
  return loadVault(root);
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

/** The sidebar as a reader sees it: each section's title and count (▸ when folded), and its rows' text. */
export function sidebarText(app: App): string[] {
  return viewText(dueView(app).contentEl);
}

/** A view's content as a reader sees it: section titles with counts, rows as "name | when | detail". */
export function viewText(root: HTMLElement): string[] {
  const lines: string[] = [];
  for (const el of Array.from(root.querySelectorAll(".rapport-section-header, .rapport-row, .rapport-status, .rapport-triage-line, .rapport-group-line, .rapport-follow-through, .rapport-first-run h4, .rapport-first-run > p, .rapport-more"))) {
    if (el.classList.contains("rapport-section-header")) {
      const folded = el.parentElement?.classList.contains("is-collapsed") ? "▸ " : "";
      lines.push(`${folded}${el.querySelector(".rapport-section-title")?.textContent ?? ""} (${el.querySelector(".rapport-count")?.textContent ?? ""})`);
    } else if (el.classList.contains("rapport-row")) {
      const parts = [".rapport-name, .rapport-row-words", ".rapport-when", ".rapport-row-detail"].map((s) => el.querySelector(s)?.textContent ?? "");
      lines.push(`  ${parts.filter(Boolean).join(" | ")}`);
    } else if (el.classList.contains("rapport-more")) lines.push(`  ${el.textContent ?? ""}`);
    else lines.push(Array.from(el.childNodes, (n) => n.textContent ?? "").join(" ").trim());
  }
  return lines;
}

/** The sidebar's row that shows `text`, as it is on screen now (no re-render first). */
export function sidebarRow(app: App, text: string): HTMLElement {
  const row = Array.from(dueView(app).contentEl.querySelectorAll<HTMLElement>(".rapport-row")).find((r) => r.textContent?.includes(text));
  if (!row) throw new Error(`no row shows "${text}"`);
  return row;
}

/** Clicks the icon button named `label` (its aria-label) on the sidebar row that shows `text`. */
export function clickRowButton(app: App, text: string, label: string): void {
  const row = sidebarRow(app, text);
  const button = Array.from(row.querySelectorAll<HTMLElement>(".rapport-icon-button")).find((b) => b.getAttribute("aria-label") === label);
  if (!button) throw new Error(`no "${label}" on the row "${text}": ${Array.from(row.querySelectorAll(".rapport-icon-button"), (b) => b.getAttribute("aria-label")).join(", ")}`);
  button.click();
}

/** Right-clicks the sidebar row that shows `text` and returns the menu it opens. */
export function rowMenu(app: App, text: string): Menu {
  Menu.lastShown = null;
  sidebarRow(app, text).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
  if (!Menu.lastShown) throw new Error(`the row "${text}" opened no menu`);
  return Menu.lastShown;
}

/** The open modal of a type (the last opened), as the user sees it. */
export function openModal<T>(type: new (...args: never[]) => T): T {
  const modal = [...Modal.openModals].reverse().find((m) => m instanceof type);
  if (!modal) throw new Error(`no ${type.name} is open`);
  return modal as T;
}

/** Presses a key in a modal (triage's 1 to 5, G, N, S), as its Scope receives it. */
export function press(modal: unknown, key: string, modifiers?: string[]): boolean {
  return (modal as { scope: Scope }).scope.press(key, modifiers);
}

/** A person of the loaded vault by name, as the actions take them. */
export function personRef(plugin: RapportPlugin, name: string): { name: string; path: string } {
  const person = [...plugin.model.allPeople().values()].find((p) => p.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return { name: person.name, path: person.path };
}

export const EXAMPLE = "examples/vault";
