/** Workspace, leaves and views: a main area and a right sidebar in a real DOM, views opened by type. */
import { Component, Events } from "./events";
import type { App } from "./index";
import type { TFile } from "./vault";

export abstract class View extends Component {
  containerEl: HTMLElement;
  icon = "";
  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.containerEl = createDiv({ cls: "view-content-container" });
  }
  get app(): App {
    return this.leaf.app;
  }
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return this.icon;
  }
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  /** The header's buttons, as Obsidian puts them: icons with an aria-label, right of the title. */
  private actionsEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: "view-header" });
    this.actionsEl = header.createDiv({ cls: "view-actions" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (evt) => callback(evt));
    return el;
  }
}

type Pos = { line: number; ch: number };

/**
 * A Markdown editor over one file, as Obsidian's: what is typed lives in the editor first and is saved
 * to the vault a moment later (Obsidian waits about two seconds; here SAVE_MS). Until then the file on
 * disk lacks it, and a write to the file by other means does not reach the editor.
 */
export class Editor {
  static SAVE_MS = 100;
  private cursor: Pos = { line: 0, ch: 0 };
  private selection: { from: Pos; to: Pos } | null = null;
  private saveTimer: number | null = null;
  constructor(
    private readonly app: App,
    private readonly file: TFile,
    private lines: string[],
  ) {}
  /** Whether there is text not yet saved. */
  get dirty(): boolean {
    return this.saveTimer !== null;
  }
  getValue(): string {
    return this.lines.join("\n");
  }
  setValue(text: string): void {
    this.edit(text);
  }
  getLine(line: number): string {
    return this.lines[line] ?? "";
  }
  lineCount(): number {
    return this.lines.length;
  }
  lastLine(): number {
    return this.lines.length - 1;
  }
  getCursor(): Pos {
    return { ...this.cursor };
  }
  setCursor(pos: Pos): void {
    this.cursor = { ...pos };
    this.selection = null;
  }
  setSelection(from: Pos, to: Pos): void {
    this.selection = { from, to };
    this.cursor = { ...to };
  }
  getSelection(): string {
    if (!this.selection) return "";
    const { from, to } = this.selection;
    return this.getValue().slice(this.posToOffset(from), this.posToOffset(to));
  }
  replaceSelection(text: string): void {
    const { from, to } = this.selection ?? { from: this.cursor, to: this.cursor };
    this.replaceRange(text, from, to);
  }
  replaceRange(text: string, from: Pos, to: Pos = from): void {
    const value = this.getValue();
    const start = this.posToOffset(from);
    this.edit(value.slice(0, start) + text + value.slice(this.posToOffset(to)));
    this.setCursor(this.offsetToPos(start + text.length));
  }
  setLine(line: number, text: string): void {
    this.replaceRange(text, { line, ch: 0 }, { line, ch: this.getLine(line).length });
  }
  /** One undoable change of several ranges, as CodeMirror applies it (ranges of the text before it). */
  transaction(tx: { changes?: Array<{ from: Pos; to?: Pos; text: string }> }): void {
    const value = this.getValue();
    const changes = (tx.changes ?? []).map((c) => ({ start: this.posToOffset(c.from), end: this.posToOffset(c.to ?? c.from), text: c.text })).sort((a, b) => b.start - a.start);
    let next = value;
    for (const c of changes) next = next.slice(0, c.start) + c.text + next.slice(c.end);
    this.edit(next);
  }
  focus(): void {}
  posToOffset(pos: Pos): number {
    return this.lines.slice(0, pos.line).reduce((n, l) => n + l.length + 1, 0) + pos.ch;
  }
  offsetToPos(offset: number): Pos {
    const before = this.getValue().slice(0, offset).split("\n");
    return { line: before.length - 1, ch: (before[before.length - 1] ?? "").length };
  }
  /** Saves now what waits to be saved. */
  save(): void {
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    void this.app.vault.modify(this.file, this.getValue());
  }
  /** The file changed on disk: an editor with nothing unsaved shows the new text, as Obsidian's does. */
  reloadIfClean(text: string): void {
    if (!this.dirty) this.lines = text.split("\n");
  }
  private edit(text: string): void {
    this.lines = text.split("\n");
    if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), Editor.SAVE_MS);
  }
}

export class MarkdownView extends ItemView {
  file: TFile | null = null;
  editor!: Editor;
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
}

export class WorkspaceLeaf extends Events {
  view: View;
  containerEl: HTMLElement;
  /** What was asked of openFile, for tests: the line a note was opened at. */
  eState: unknown = null;
  constructor(
    public app: App,
    parent: HTMLElement,
  ) {
    super();
    this.containerEl = parent.createDiv({ cls: "workspace-leaf" });
    this.view = new EmptyView(this);
  }
  /** As Obsidian: the same type keeps its view and passes it the new state; another type makes a new view. */
  async setViewState(state: { type: string; active?: boolean; state?: unknown }): Promise<void> {
    if (this.view.getViewType() !== state.type) {
      const creator = this.app.viewRegistry.get(state.type);
      if (!creator) throw new Error(`No view registered for ${state.type}`);
      await this.setView(creator(this));
    }
    if (state.state !== undefined) await this.view.setState(state.state, { history: false });
    if (state.active) this.app.workspace.activeLeaf = this;
  }
  private async setView(view: View): Promise<void> {
    await this.view.onClose();
    this.view.unload();
    this.view = view;
    this.containerEl.replaceChildren(view.containerEl);
    await view.load();
    await view.onOpen();
  }
  async openFile(file: TFile, state?: { eState?: unknown }): Promise<void> {
    const view = new MarkdownView(this);
    view.file = file;
    view.editor = new Editor(this.app, file, (await this.app.vault.read(file)).split("\n"));
    view.registerEvent(this.app.vault.on("modify", (changed: TFile) => changed === file && void this.app.vault.read(file).then((text) => view.editor.reloadIfClean(text))));
    this.eState = state?.eState ?? null;
    await this.setView(view);
    this.app.workspace.activeLeaf = this;
    this.app.workspace.fileOpened(file);
  }
  getViewState(): { type: string; state: Record<string, unknown> } {
    return { type: this.view.getViewType(), state: this.view.getState() };
  }
  detach(): void {
    void this.view.onClose();
    this.view.unload();
    this.containerEl.remove();
    this.app.workspace.leaves = this.app.workspace.leaves.filter((l) => l !== this);
  }
}

class EmptyView extends View {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "New tab";
  }
}

export class Workspace extends Events {
  readonly rootEl = document.body.createDiv({ cls: "workspace" });
  readonly mainEl = this.rootEl.createDiv({ cls: "workspace-split mod-root" });
  readonly rightEl = this.rootEl.createDiv({ cls: "workspace-split mod-right-split" });
  leaves: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  layoutReady = false;
  private readyCallbacks: Array<() => void> = [];

  constructor(private readonly app: App) {
    super();
  }

  /** Obsidian saves the layout (views' states) a moment later; the stand-in keeps nothing. */
  requestSaveLayout(): void {}

  onLayoutReady(callback: () => void): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** The app finished loading its layout. */
  ready(): void {
    this.layoutReady = true;
    for (const callback of this.readyCallbacks.splice(0)) callback();
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf(this.rightEl);
  }

  getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
    if (!newLeaf) {
      const main = this.leaves.find((l) => this.mainEl.contains(l.containerEl));
      if (main) return main;
    }
    return this.newLeaf(this.mainEl);
  }

  private newLeaf(parent: HTMLElement): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, parent);
    this.leaves.push(leaf);
    return leaf;
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.rightEl.removeClass("is-collapsed");
    this.activeLeaf = leaf;
    this.trigger("layout-change");
  }

  /** As Obsidian: the active view's file, or, when a sidebar view is active, the file last active. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view.file : this.lastFile;
  }

  private lastFile: TFile | null = null;

  /** A leaf opened a file: Obsidian remembers it and tells listeners of "file-open". */
  fileOpened(file: TFile): void {
    this.lastFile = file;
    this.trigger("file-open", file);
  }

  getActiveViewOfType<T>(type: new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | string, state?: { eState?: unknown }): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath) ?? this.app.vault.getFileByPath(linktext);
    if (!file) return;
    await this.getLeaf(newLeaf as boolean | "tab").openFile(file, state);
  }
}
