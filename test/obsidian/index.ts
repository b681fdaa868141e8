/**
 * A small, behavioural stand-in for the parts of the `obsidian` module Rapport uses, aliased as
 * `obsidian` in vitest. Files live in a real folder, metadata is computed from them, the DOM is real
 * (happy-dom, with Obsidian's helpers from dom-setup.ts). Tests use it to drive the plugin as a user
 * would; the core is never tested through it.
 */
import momentLib from "moment";
import { CORE_SCHEMA, dump, load } from "js-yaml";
import { Component } from "./events";
import { MetadataCache } from "./metadata-cache";
import { TFile, Vault } from "./vault";
import { Workspace, type View, type WorkspaceLeaf } from "./workspace";

export { Component, Events } from "./events";
export { MetadataCache, type CachedMetadata } from "./metadata-cache";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { Editor, ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./workspace";
export { ButtonComponent, EditorSuggest, ExtraButtonComponent, Menu, MenuItem, Modal, Notice, PluginSettingTab, Scope, Setting, SuggestModal, TextComponent, ToggleComponent } from "./ui";

export const moment = momentLib;

/** As Obsidian's: YAML in, data out; throws on YAML that does not parse. */
export function parseYaml(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA });
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true };

export const Keymap = {
  isModEvent(evt?: MouseEvent | KeyboardEvent | null): boolean | "tab" {
    return evt && (evt.ctrlKey || evt.metaKey) ? "tab" : false;
  },
};

export function normalizePath(path: string): string {
  const clean = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "");
  return clean === "" ? "/" : clean;
}

export function setIcon(el: HTMLElement, icon: string): void {
  el.setAttribute("data-icon", icon);
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
  let timer: number | null = null;
  let lastArgs: T | null = null;
  const run = () => {
    timer = null;
    if (lastArgs) cb(...lastArgs);
    lastArgs = null;
  };
  const debounced = (...args: T) => {
    lastArgs = args;
    if (timer && resetTimer) window.clearTimeout(timer);
    if (!timer || resetTimer) timer = window.setTimeout(run, timeout);
    return debounced;
  };
  debounced.cancel = () => {
    if (timer) window.clearTimeout(timer);
    timer = null;
    return debounced;
  };
  debounced.run = () => {
    if (timer) window.clearTimeout(timer);
    run();
  };
  return debounced;
}

export class FileManager {
  constructor(private readonly app: App) {}

  /** As Obsidian's: parses the frontmatter (throwing on bad YAML), lets `fn` change it, writes it back. */
  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.vault.process(file, (text) => {
      const m = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)/.exec(text);
      const data = (m ? load(m[1] ?? "", { schema: CORE_SCHEMA }) : {}) ?? {};
      if (typeof data !== "object" || Array.isArray(data)) throw new Error("frontmatter is not a map");
      fn(data as Record<string, unknown>);
      const yaml = dump(data, { schema: CORE_SCHEMA, lineWidth: -1 });
      return `---\n${yaml}---\n${m ? text.slice(m[0].length) : text}`;
    });
  }

  /** Deletes as the user's "deleted files" preference says; here, at once. */
  async trashFile(file: TFile): Promise<void> {
    await this.app.vault.delete(file);
  }

  /** Renames and, as Obsidian does with "automatically update internal links", rewrites links to it. */
  async renameFile(file: TFile, newPath: string): Promise<void> {
    const oldName = file.basename;
    await this.app.vault.rename(file, newPath);
    const pattern = new RegExp(`\\[\\[${oldName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[\\]|#])`, "g");
    for (const other of this.app.vault.getMarkdownFiles()) {
      const text = await this.app.vault.read(other);
      if (pattern.test(text)) await this.app.vault.modify(other, text.replace(pattern, `[[${file.basename}`));
    }
  }
}

export class App {
  /** Obsidian's id for a vault on a device; unique per stand-in, so tests never share a note cache. */
  appId = Math.random().toString(16).slice(2, 18);
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  commands = new Map<string, { id: string; name: string; callback?: () => unknown; checkCallback?: (checking: boolean) => boolean | void; editorCallback?: (editor: unknown, view: unknown) => unknown; editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => boolean | void }>();
  editorSuggests: unknown[] = [];
  ribbonIcons: Array<{ icon: string; title: string; callback: (evt: MouseEvent) => unknown }> = [];
  /** The status bar, at the foot of the window on desktop. */
  statusBarEl = document.body.createDiv({ cls: "status-bar" });
  settingTabs: unknown[] = [];
  hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
  /** Community plugins, as Obsidian keeps them (not in its typings): which are on, and their instances. */
  plugins = { enabledPlugins: new Set<string>(), plugins: {} as Record<string, unknown> };

  constructor(root: string) {
    this.vault = new Vault(root);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this);
    this.workspace = new Workspace(this);
  }
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
}

export class Plugin extends Component {
  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }
  addCommand<C extends { id: string; name: string }>(command: C): C {
    this.app.commands.set(command.id, command);
    return command;
  }
  registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, creator);
    this.register(() => this.app.viewRegistry.delete(type));
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    this.app.ribbonIcons.push({ icon, title, callback });
    return createDiv({ cls: "side-dock-ribbon-action", attr: { "aria-label": title } });
  }
  addStatusBarItem(): HTMLElement {
    const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
    this.register(() => el.remove());
    return el;
  }
  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.app.hoverLinkSources.set(id, info);
  }
  addSettingTab(tab: unknown): void {
    this.app.settingTabs.push(tab);
  }
  registerEditorSuggest(suggest: unknown): void {
    this.app.editorSuggests.push(suggest);
  }
  /** As Obsidian: the plugin's data.json in the vault's config folder, or null when there is none. */
  async loadData(): Promise<unknown> {
    const path = this.dataPath();
    return (await this.app.vault.adapter.exists(path)) ? (JSON.parse(await this.app.vault.adapter.read(path)) as unknown) : null;
  }
  async saveData(data: unknown): Promise<void> {
    await this.app.vault.adapter.mkdir(`${this.app.vault.configDir}/plugins/${this.manifest.id}`);
    await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }
  private dataPath(): string {
    return `${this.app.vault.configDir}/plugins/${this.manifest.id}/data.json`;
  }
}

