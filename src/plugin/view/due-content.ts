/**
 * The sidebar's content, built from a due report into a detached element that the view swaps in whole.
 * DOM through Obsidian's helpers only (createDiv, createEl, setText); looks through Obsidian's classes
 * and `rapport-` ones.
 */
import type { DueReport } from "../../core/report/due-report";
import { dueSections } from "../../core/report/due-sections";
import { dayCount } from "../../core/text/wording";
import { renderRow, type Row, type RowActions } from "./due-rows";
import { collapsibleSection } from "./tree";

export interface DueActions extends RowActions {
  addPerson(): void;
  triage(): void;
  setGroup(group: string): void;
  /** The user folded a section or asked for all its rows: render again. */
  viewChanged(): void;
}

/** Rows a section shows before "Show N more": enough for a morning's glance, and one frame to build. */
export const ROWS_PER_SECTION = 10;

/** What the user did to the sections, kept by the view across re-renders. */
export interface SectionState {
  /** Sections folded or unfolded by the user, by id; the rest as their default. */
  open: Map<string, boolean>;
  /** Sections whose "Show N more" was clicked. */
  showAll: Set<string>;
}

export interface DueModel {
  report: DueReport | null;
  /** "" for everyone. */
  group: string;
  dueSoonDays: number;
  birthdayDays: number;
  rowsPerSection: number;
  sections: SectionState;
  /** What makes a note a person, in words ("type: person, or categories holding [[People]]"). */
  personRule: string;
  /** A person's note as Add person writes it, for the first-run page. */
  examplePerson: string;
}

interface SectionSpec {
  id: string;
  title: string;
  rows: Row[];
  /** Folded until the user opens it. */
  folded?: boolean;
}

export function buildDueContent(model: DueModel, actions: DueActions): HTMLElement {
  const root = createDiv({ cls: "rapport-due" });
  const { report } = model;
  if (report === null) {
    root.createDiv({ cls: "rapport-status", text: "Indexing…" });
    return root;
  }
  if (report.people.length === 0) {
    renderFirstRun(root, model, report, actions);
    return root;
  }
  if (model.group !== "") renderGroupLine(root, model.group, actions);
  const due = dueSections(report, model.dueSoonDays, model.group);
  const person = (p: DueReport["people"][number]): Row => ({ kind: "person", person: p });
  const promise = (c: DueReport["commitments"][number]): Row => ({ kind: "commitment", commitment: c });
  const specs: SectionSpec[] = [
    { id: "promises", title: "Promises due", rows: due.promisesDue.map(promise) },
    { id: "overdue", title: "Check-ins overdue", rows: due.overdue.map(person) },
    { id: "due-soon", title: model.dueSoonDays === 0 ? "Due today" : `Due in the next ${dayCount(model.dueSoonDays)}`, rows: due.dueSoon.map(person) },
    // A birthday window of 0 turns birthdays off.
    { id: "birthdays", title: `Birthdays in the next ${dayCount(model.birthdayDays)}`, rows: model.birthdayDays === 0 ? [] : due.birthdays.map((b): Row => ({ kind: "birthday", birthday: b })) },
    { id: "waiting", title: "Waiting on others", rows: due.waiting.map(promise) },
    { id: "undated", title: "Promises with no date", rows: due.promisesUndated.map(promise), folded: true },
    { id: "snoozed", title: "Snoozed", rows: due.snoozed.map(person), folded: true },
  ];
  const shown = specs.filter((s) => s.rows.length > 0);
  for (const spec of shown) renderSection(root, spec, model, actions, report.today);
  if (shown.every((s) => s.folded)) root.createDiv({ cls: "rapport-status", text: "Nobody is due. Enjoy the quiet." });
  renderTriageLine(root, report, actions);
  renderFollowThrough(root, report);
  return root;
}

function renderSection(root: HTMLElement, spec: SectionSpec, model: DueModel, actions: DueActions, today: DueReport["today"]): void {
  const { open, showAll } = model.sections;
  collapsibleSection(root, {
    title: spec.title,
    count: spec.rows.length,
    collapsed: !(open.get(spec.id) ?? !spec.folded),
    onToggle: (collapsed) => {
      open.set(spec.id, !collapsed);
      actions.viewChanged();
    },
    fill: (children) => {
      const limit = showAll.has(spec.id) ? spec.rows.length : model.rowsPerSection;
      for (const row of spec.rows.slice(0, limit)) renderRow(children, row, today, actions);
      const rest = spec.rows.length - limit;
      if (rest <= 0) return;
      const more = children.createDiv({ cls: "tree-item-self is-clickable rapport-more", text: `Show ${rest} more`, attr: { role: "button", tabindex: "0" } });
      const showRest = () => {
        showAll.add(spec.id);
        actions.viewChanged();
      };
      more.addEventListener("click", showRest);
      more.addEventListener("keydown", (event) => event.key === "Enter" && showRest());
    },
  });
}

/** Always says how many people no cadence tracks, and names not yet notes, and leads to triage. */
function renderTriageLine(root: HTMLElement, report: DueReport, actions: DueActions): void {
  const withoutCadence = report.people.filter((p) => p.cadence === null).length;
  const names = new Set(report.unresolved.map((u) => u.name.toLowerCase())).size;
  if (withoutCadence === 0 && names === 0) return;
  const parts = [];
  if (withoutCadence > 0) parts.push(`${withoutCadence === 1 ? "1 person" : `${withoutCadence} people`} without a cadence`);
  if (names > 0) parts.push(`${names === 1 ? "1 name" : `${names} names`} not yet a note`);
  const line = root.createDiv({ cls: "rapport-triage-line" });
  line.createSpan({ text: parts.join(" · ") });
  const button = line.createEl("button", { cls: "rapport-triage-button", text: "Triage" });
  button.addEventListener("click", () => actions.triage());
}

function renderFollowThrough(root: HTMLElement, report: DueReport): void {
  const f = report.followThrough;
  if (f.keptOnTime + f.keptLate + f.overdue === 0) return;
  root.createDiv({ cls: "rapport-follow-through", text: followThroughText(f) });
}

/** "Follow-through: 5 kept on time · 1 kept after the date · 2 overdue", for the view and the person panel. */
export function followThroughText(f: DueReport["followThrough"]): string {
  const parts: string[] = [];
  if (f.keptOnTime > 0) parts.push(`${f.keptOnTime} kept on time`);
  if (f.keptLate > 0) parts.push(`${f.keptLate} kept after the date`);
  if (f.overdue > 0) parts.push(`${f.overdue} overdue`);
  return `Follow-through: ${parts.join(" · ")}`;
}

function renderGroupLine(root: HTMLElement, group: string, actions: DueActions): void {
  const line = root.createDiv({ cls: "rapport-group-line" });
  line.createSpan({ text: `Showing ${group}` });
  const everyone = line.createEl("button", { cls: "rapport-link-button", text: "Show everyone" });
  everyone.addEventListener("click", () => actions.setGroup(""));
}

/** The empty vault's page: what Rapport does, a button to add the first person, and the rule. */
function renderFirstRun(root: HTMLElement, model: DueModel, report: DueReport, actions: DueActions): void {
  const page = root.createDiv({ cls: "rapport-first-run" });
  page.createEl("h4", { text: "No people yet" });
  page.createEl("p", { text: "Rapport shows who you have not talked to in a while and what you promised, from your daily notes." });
  const add = page.createEl("button", { cls: "mod-cta", text: "Add person" });
  add.addEventListener("click", () => actions.addPerson());
  page.createEl("p", { text: "Or open a note you already have and make it a person, from the command palette. Then mention people in your daily notes: type @ to pick someone." });
  const names = new Set(report.unresolved.map((u) => u.name.toLowerCase())).size;
  if (names > 0) {
    const triage = page.createEl("button", { text: `Review ${names === 1 ? "1 name" : `${names} names`} your notes link to` });
    triage.addEventListener("click", () => actions.triage());
  }
  const rule = page.createEl("details", { cls: "rapport-rule" });
  rule.createEl("summary", { text: "What makes a note a person" });
  rule.createEl("p", { text: `Its properties: ${model.personRule}. For example:` });
  rule.createEl("pre", { text: model.examplePerson });
}
