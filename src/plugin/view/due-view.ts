/** "Due to reconnect": the sidebar view. It renders what the plugin's index says, and only while visible. */
import { ItemView, Keymap, Menu, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { DueReport } from "../../core/report/due-report";
import { groupCounts } from "../../core/report/groups";
import { buildDueContent, ROWS_PER_SECTION, type DueActions, type SectionState } from "./due-content";
import type { RowActions } from "./due-rows";

export const VIEW_TYPE_DUE = "rapport-due";

/** What the view needs from the plugin: the report, its settings, and the actions its rows and header offer. */
export interface DueViewHost {
  report(): DueReport | null;
  settings(): { dueSoonDays: number; birthdayDays: number; groupFilter: string; personRule: string; examplePerson: string };
  setGroup(group: string): void;
  rows: Omit<RowActions, "openNote" | "openLine" | "hoverNote">;
  addPerson(): void;
  triage(): void;
  showProblems(): void;
}

export class DueView extends ItemView {
  private stale = true;
  private readonly sections: SectionState = { open: new Map(), showAll: new Set() };
  private problemsButton!: HTMLElement;
  private filterButton!: HTMLElement;

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
    this.problemsButton = this.addAction("alert-triangle", "Problems in your notes", () => this.host.showProblems());
    this.problemsButton.addClass("rapport-problems-action");
    this.filterButton = this.addAction("filter", "Filter by group", (event) => this.groupMenu(event));
    this.addAction("user-plus", "Add person", () => this.host.addPerson());
    // Re-render when the view comes back into sight after changes made while it was hidden.
    this.registerEvent(this.app.workspace.on("layout-change", () => this.stale && this.refresh()));
    this.refresh();
    await Promise.resolve();
  }

  /** Which sections the user folded: Obsidian keeps it with the workspace, so it lasts across restarts. */
  override getState(): Record<string, unknown> {
    return { open: Object.fromEntries(this.sections.open) };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const open = (state as { open?: unknown } | null)?.open;
    if (open !== null && typeof open === "object") {
      for (const [id, value] of Object.entries(open)) if (typeof value === "boolean") this.sections.open.set(id, value);
      this.refresh();
    }
    await super.setState(state, result);
  }

  /** Renders now if visible; otherwise marks the view stale so it renders when shown. */
  refresh(): void {
    this.stale = true;
    if (!this.isShown()) return;
    this.stale = false;
    const report = this.host.report();
    const settings = this.host.settings();
    this.renderHeader(report, settings.groupFilter);
    const actions: DueActions = {
      ...this.host.rows,
      openNote: (path, event) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event)),
      openLine: (path, line, event) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(event), { eState: { line: line - 1 } }),
      hoverNote: (event, target, path) =>
        this.app.workspace.trigger("hover-link", { event, source: VIEW_TYPE_DUE, hoverParent: this, targetEl: target, linktext: path }),
      addPerson: () => this.host.addPerson(),
      triage: () => this.host.triage(),
      setGroup: (group) => this.host.setGroup(group),
      viewChanged: () => {
        this.refresh();
        void this.app.workspace.requestSaveLayout();
      },
    };
    const content = buildDueContent({ report, group: settings.groupFilter, rowsPerSection: ROWS_PER_SECTION, sections: this.sections, ...settings }, actions);
    this.contentEl.setChildrenInPlace([content]);
  }

  private renderHeader(report: DueReport | null, group: string): void {
    const problems = report?.problems.length ?? 0;
    this.problemsButton.toggle(problems > 0);
    this.problemsButton.setAttr("aria-label", problems === 1 ? "1 problem in your notes" : `${problems} problems in your notes`);
    this.problemsButton.setAttr("data-count", String(problems));
    this.filterButton.toggle(report !== null && report.people.some((p) => p.groups.length > 0));
    this.filterButton.toggleClass("is-active", group !== "");
  }

  private groupMenu(event: MouseEvent): void {
    const report = this.host.report();
    if (!report) return;
    const current = this.host.settings().groupFilter;
    const menu = new Menu();
    menu.addItem((item) => item.setTitle("Everyone").setChecked(current === "").onClick(() => this.host.setGroup("")));
    menu.addSeparator();
    // Each group with how many of its people are due: where to look first.
    for (const { group, people, due } of groupCounts(report)) {
      menu.addItem((item) => item.setTitle(`${group} (${due} due of ${people})`).setChecked(current === group).onClick(() => this.host.setGroup(group)));
    }
    menu.showAtMouseEvent(event);
  }

  private isShown(): boolean {
    // A view in a collapsed sidebar or a background tab has no size; render it when it is shown.
    return this.containerEl.isShown();
  }
}
