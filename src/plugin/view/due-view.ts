/** "Due to reconnect": the sidebar view. It renders what the plugin's index says, and only while visible. */
import { ItemView, Keymap, type WorkspaceLeaf } from "obsidian";
import type { CommitmentRow, DueReport, PersonRow } from "../../core/report/due-report";
import { safely } from "../safely";
import { buildDueContent, ROWS_PER_SECTION, type DueActions } from "./due-content";

export const VIEW_TYPE_DUE = "rapport-due";

/** What the view needs from the plugin: the report, the windows, and the actions its rows offer. */
export interface DueViewHost {
  report(): DueReport | null;
  windows(): { dueSoonDays: number; birthdayDays: number };
  logInteraction(person: PersonRow): Promise<void>;
  snooze(person: PersonRow, event: MouseEvent): void;
  markDone(commitment: CommitmentRow): Promise<void>;
  openCommitment(commitment: CommitmentRow, newTab: boolean): Promise<void>;
  showProblems(): void;
}

export class DueView extends ItemView {
  private group = "";
  private stale = true;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: DueViewHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_DUE;
  }

  getDisplayText(): string {
    return "Due to reconnect";
  }

  override getIcon(): string {
    return "heart-handshake";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("rapport-view");
    // Re-render when the view comes back into sight after changes made while it was hidden.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.stale && this.refresh()));
    this.refresh();
    await Promise.resolve();
  }

  /** Renders now if visible; otherwise marks the view stale so it renders when shown. */
  refresh(): void {
    this.stale = true;
    if (!this.isShown()) return;
    this.stale = false;
    const actions: DueActions = {
      openNote: (path, line, event) => this.openNote(path, line, event),
      hoverNote: (event, target, path) =>
        this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_DUE, hoverParent: this, targetEl: target, linktext: path }),
      logInteraction: (person) => safely("log the interaction", () => this.host.logInteraction(person)),
      snooze: (person, event) => this.host.snooze(person, event),
      markDone: (commitment) => safely("mark the promise done", () => this.host.markDone(commitment)),
      openCommitment: (commitment, event) => safely("open the promise", () => this.host.openCommitment(commitment, Keymap.isModEvent(event) !== false)),
      showProblems: () => this.host.showProblems(),
      setGroup: (group) => {
        this.group = group;
        this.refresh();
      },
    };
    const content = buildDueContent({ report: this.host.report(), group: this.group, rowsPerSection: ROWS_PER_SECTION, ...this.host.windows() }, actions);
    this.contentEl.setChildrenInPlace([content]);
  }

  private isShown(): boolean {
    // A view in a collapsed sidebar or a background tab has no size; render it when it is shown.
    return this.containerEl.isShown();
  }

  private openNote(path: string, line: number | null, event: MouseEvent | KeyboardEvent): void {
    const eState = line === null ? undefined : { line: line - 1 };
    void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event), eState ? { eState } : undefined);
  }
}
