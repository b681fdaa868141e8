/**
 * The person panel: one person's summary in its own view. It shows the person it was opened for and,
 * as Backlinks and Outline follow the active note, switches to a person's note when one is opened.
 */
import { ItemView, Keymap, Menu, type TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { IsoDate } from "../../core/calendar/dates";
import type { CommitmentRow } from "../../core/report/due-report";
import type { PersonSummary } from "../../core/report/person-summary";
import type { SectionState } from "./due-content";
import type { PersonRef } from "../person-ref";
import { buildPersonContent } from "./person-content";

export const VIEW_TYPE_PERSON = "rapport-person";

export interface PersonViewHost {
  /** Null while the first scan runs. */
  today(): IsoDate | null;
  /** The person's summary, or null when the note is no person. */
  summary(path: string): PersonSummary | null;
  isPerson(path: string): boolean;
  logInteraction(person: PersonRef): void;
  personMenu(menu: Menu, person: PersonRef): void;
  setCadence(path: string): void;
  openCommitment(commitment: CommitmentRow, event: MouseEvent | KeyboardEvent): void;
  markDone(commitment: CommitmentRow): void;
  monthName(date: IsoDate): string;
}

export class PersonView extends ItemView {
  private path: string | null = null;
  private stale = true;
  /** The shown person's name, as the last render found it. */
  private name = "";
  private readonly sections: SectionState = { open: new Map(), showAll: new Set() };

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PersonViewHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_PERSON;
  }

  getDisplayText(): string {
    return "Person";
  }

  override getIcon(): string {
    return "contact";
  }

  /** The path of the person shown, or null. */
  get personPath(): string | null {
    return this.path;
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("rapport-view");
    this.addAction("more-horizontal", "More actions", (event) => {
      if (!this.path || !this.name) return;
      const menu = new Menu();
      this.host.personMenu(menu, { name: this.name, path: this.path });
      menu.showAtMouseEvent(event);
    });
    this.addAction("message-square-plus", "Log interaction", () => this.path && this.name && this.host.logInteraction({ name: this.name, path: this.path }));
    this.registerEvent(this.app.workspace.on("file-open", (file: TFile | null) => file && this.host.isPerson(file.path) && this.show(file.path)));
    // The person's note renamed or deleted: follow it, or let it go.
    this.registerEvent(this.app.vault.on("rename", (file, oldPath) => oldPath === this.path && this.show(file.path)));
    this.registerEvent(this.app.vault.on("delete", (file) => file.path === this.path && this.show(null)));
    this.registerEvent(this.app.workspace.on("layout-change", () => this.stale && this.refresh()));
    this.refresh();
    await Promise.resolve();
  }

  override getState(): Record<string, unknown> {
    return { path: this.path };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const path = (state as { path?: unknown } | null)?.path;
    if (typeof path === "string") this.show(path);
    await super.setState(state, result);
  }

  show(path: string | null): void {
    if (path !== this.path) this.sections.showAll.clear();
    this.path = path;
    this.refresh();
  }

  /** Renders now if visible (a panel in a collapsed sidebar or a background tab waits until shown). */
  refresh(): void {
    this.stale = true;
    if (!this.containerEl.isShown()) return;
    this.stale = false;
    const today = this.host.today();
    const summary = this.path && today ? this.host.summary(this.path) : null;
    // With no one to show, the header's actions have no one to act on.
    this.name = summary?.row.name ?? "";
    if (!summary || !today) {
      const text = today === null ? "Indexing…" : "Open a person's note, or pick someone from the sidebar, to see them here.";
      this.contentEl.setChildrenInPlace([createDiv({ cls: "rapport-status", text })]);
      return;
    }
    const content = buildPersonContent(summary, today, this.sections, {
      openNote: (path, event) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event)),
      openLine: (path, line, event) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event), { eState: { line: line - 1 } }),
      openCommitment: (c, event) => this.host.openCommitment(c, event),
      markDone: (c) => this.host.markDone(c),
      setCadence: (path) => this.host.setCadence(path),
      monthName: (date) => this.host.monthName(date),
      viewChanged: () => this.refresh(),
    });
    this.contentEl.setChildrenInPlace([content]);
  }
}
