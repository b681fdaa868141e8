/**
 * The sidebar's content, built from a due report into a detached element: the view swaps it in whole.
 * DOM through Obsidian's helpers only (createDiv, createEl, setText); looks through `rapport-` classes.
 */
import type { CommitmentRow, DueReport, PersonRow } from "../../core/report/due-report";
import type { IsoDate } from "../../core/calendar/dates";
import { dueSections } from "../../core/report/due-sections";
import { dayCount, relativeDay } from "../../core/text/wording";

export interface DueActions {
  openNote(path: string, line: number | null, event: MouseEvent | KeyboardEvent): void;
  hoverNote(event: MouseEvent, target: HTMLElement, path: string): void;
  logInteraction(person: PersonRow): void;
  snooze(person: PersonRow, event: MouseEvent): void;
  markDone(commitment: CommitmentRow): void;
  openCommitment(commitment: CommitmentRow, event: MouseEvent): void;
  showProblems(): void;
  setGroup(group: string): void;
}

/** Rows a section shows before "Show N more": enough for a morning's glance, and one frame to build. */
export const ROWS_PER_SECTION = 10;

export interface DueModel {
  report: DueReport | null;
  /** "" for every group. */
  group: string;
  dueSoonDays: number;
  birthdayDays: number;
  /** Rows shown per section before "Show more". */
  rowsPerSection: number;
}

export const EXAMPLE_PERSON_NOTE = `---
type: person
cadence: every 2 weeks
birthday: 1990-04-12
---
# Alice Chen`;

export function buildDueContent(model: DueModel, actions: DueActions): HTMLElement {
  const root = createDiv({ cls: "rapport-due" });
  const { report } = model;
  if (report === null) {
    root.createDiv({ cls: "rapport-status", text: "Indexing…" });
    return root;
  }
  if (report.people.length === 0) {
    renderHowTo(root);
    return root;
  }
  renderGroupFilter(root, report, model.group, actions);
  const due = dueSections(report, model.dueSoonDays, model.group);
  const sections: Array<[string, Row[]]> = [
    ["Promises due", due.promisesDue.map(commitmentRow)],
    ["Check-ins overdue", due.overdue.map(personRow)],
    [`Due in the next ${dayCount(model.dueSoonDays)}`, due.dueSoon.map(personRow)],
    [`Birthdays in the next ${dayCount(model.birthdayDays)}`, due.birthdays.map((b) => birthdayRow(b, report.today))],
    ["Waiting on others", due.waiting.map(commitmentRow)],
  ];
  let shown = 0;
  for (const [title, rows] of sections) {
    if (rows.length === 0) continue;
    const section = root.createDiv({ cls: "rapport-section" });
    section.createDiv({ cls: "rapport-section-title", text: `${title} (${rows.length})` });
    renderRows(section.createDiv({ cls: "rapport-rows" }), rows, model.rowsPerSection, actions, report.today);
    shown += rows.length;
  }
  const snoozed = due.snoozed.map(personRow);
  if (snoozed.length > 0) {
    const details = root.createEl("details", { cls: "rapport-section rapport-snoozed" });
    details.createEl("summary", { cls: "rapport-section-title", text: `Snoozed (${snoozed.length})` });
    renderRows(details.createDiv({ cls: "rapport-rows" }), snoozed, model.rowsPerSection, actions, report.today);
  }
  if (shown === 0) root.createDiv({ cls: "rapport-status", text: "Nobody is due. Enjoy the quiet." });
  if (report.problems.length > 0) {
    const problems = root.createEl("button", { cls: "rapport-problems", text: `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} in your notes` });
    problems.addEventListener("click", () => actions.showProblems());
  }
  return root;
}

type Row = { kind: "person"; person: PersonRow } | { kind: "commitment"; commitment: CommitmentRow } | { kind: "birthday"; name: string; path: string; detail: string };

const personRow = (person: PersonRow): Row => ({ kind: "person", person });
const commitmentRow = (commitment: CommitmentRow): Row => ({ kind: "commitment", commitment });
function birthdayRow(b: DueReport["birthdays"][number], today: IsoDate): Row {
  const turns = b.turns === null ? "" : `, turns ${b.turns}`;
  return { kind: "birthday", name: b.person, path: b.path, detail: `${relativeDay(b.date, today)} (${b.date})${turns}` };
}

function renderRows(parent: HTMLElement, rows: Row[], limit: number, actions: DueActions, today: IsoDate): void {
  rows.slice(0, limit).forEach((row) => renderRow(parent, row, actions, today));
  const rest = rows.slice(limit);
  if (rest.length === 0) return;
  const more = parent.createEl("button", { cls: "rapport-more", text: `Show ${rest.length} more` });
  more.addEventListener("click", () => {
    more.remove();
    rest.forEach((row) => renderRow(parent, row, actions, today));
  });
}

function renderRow(parent: HTMLElement, row: Row, actions: DueActions, today: IsoDate): void {
  const el = parent.createDiv({ cls: "rapport-row" });
  const main = el.createDiv({ cls: "rapport-row-main" });
  if (row.kind === "person") {
    const p = row.person;
    nameLink(main, p.name, p.path, null, actions);
    const late = p.daysOverdue > 0 ? `${dayCount(p.daysOverdue)} late` : p.status === "snoozed" ? `until ${p.snoozeUntil ?? ""}` : relativeDay(p.due, today);
    main.createSpan({ cls: p.daysOverdue > 0 ? "rapport-late is-late" : "rapport-late", text: late });
    el.createDiv({ cls: "rapport-row-meta", text: `${p.cadenceText ?? ""} · last contact ${relativeDay(p.lastContact, today)}` });
    const buttons = el.createDiv({ cls: "rapport-actions" });
    button(buttons, "Log", `Log an interaction with ${p.name} today`, () => actions.logInteraction(p));
    button(buttons, "Snooze", `Snooze ${p.name}`, (event) => actions.snooze(p, event));
  } else if (row.kind === "commitment") {
    const c = row.commitment;
    nameLink(main, c.person, c.personPath, null, actions);
    const when = c.daysOverdue > 0 ? `${dayCount(c.daysOverdue)} overdue` : c.due === null ? "" : relativeDay(c.due, today);
    main.createSpan({ cls: c.daysOverdue > 0 ? "rapport-late is-late" : "rapport-late", text: when });
    const text = el.createDiv({ cls: "rapport-row-meta rapport-commitment-text", text: c.text || "(no words)" });
    text.setAttr("title", `${c.path}, line ${c.line}`);
    const buttons = el.createDiv({ cls: "rapport-actions" });
    button(buttons, "Open", "Open the task in its note", (event) => actions.openCommitment(c, event));
    if (c.direction === "owed-by-me") button(buttons, "Done", "Mark this promise done today", () => actions.markDone(c));
  } else {
    nameLink(main, row.name, row.path, null, actions);
    main.createSpan({ cls: "rapport-late", text: row.detail });
  }
}

/** The person's name as an internal link: click opens, ctrl/cmd-click opens in a new tab, hover previews. */
function nameLink(parent: HTMLElement, name: string, path: string, line: number | null, actions: DueActions): void {
  const link = parent.createEl("a", { cls: "internal-link rapport-name", text: name, attr: { href: path, "data-href": path, tabindex: "0" } });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(path, line, event);
  });
  link.addEventListener("keydown", (event) => {
    if (event.key === "Enter") actions.openNote(path, line, event);
  });
  link.addEventListener("mouseover", (event) => actions.hoverNote(event, link, path));
}

function button(parent: HTMLElement, text: string, label: string, onClick: (event: MouseEvent) => void): void {
  const el = parent.createEl("button", { cls: "rapport-action", text, attr: { "aria-label": label } });
  el.addEventListener("click", onClick);
}

/** The groups people are in, sorted; per report, as the view is rebuilt for every change of filter or row count. */
const groupsByReport = new WeakMap<DueReport, string[]>();

function groupsOf(report: DueReport): string[] {
  let groups = groupsByReport.get(report);
  if (!groups) {
    groups = [...new Set(report.people.flatMap((p) => p.groups))].sort();
    groupsByReport.set(report, groups);
  }
  return groups;
}

function renderGroupFilter(root: HTMLElement, report: DueReport, group: string, actions: DueActions): void {
  const groups = groupsOf(report);
  if (groups.length === 0) return;
  const bar = root.createDiv({ cls: "rapport-toolbar" });
  const select = bar.createEl("select", { cls: "dropdown rapport-group-filter", attr: { "aria-label": "Filter by group" } });
  select.createEl("option", { text: "All groups", value: "" });
  for (const g of groups) select.createEl("option", { text: g, value: g });
  select.value = group;
  select.addEventListener("change", () => actions.setGroup(select.value));
}

function renderHowTo(root: HTMLElement): void {
  const howTo = root.createDiv({ cls: "rapport-how-to" });
  howTo.createEl("p", { text: "No people yet. A note is a person when its properties say so, for example:" });
  howTo.createEl("pre", { text: EXAMPLE_PERSON_NOTE });
  howTo.createEl("p", { text: "Then link them from your daily notes (type @ to pick someone) and they show here when a check-in is due." });
}
