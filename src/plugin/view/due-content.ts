/**
 * The sidebar's content, built from a due report into a detached element that the view swaps in whole.
 * DOM through Obsidian's helpers only (createDiv, createEl, setText); looks through Obsidian's classes
 * and `rapport-` ones.
 */
import type { DueReport } from "../../core/report/due-report";
import { dueSections } from "../../core/report/due-sections";
import { reportForGroup } from "../../core/report/groups";
import { nameKey } from "../../core/index/vault-index";
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
  if (model.group !== "") {
    // A group nobody is in now (the last member left it) shows no one rather than "Nobody is due".
    const members = report.people.some((p) => p.groups.includes(model.group));
    renderGroupLine(root, members ? `Showing ${model.group}` : `Nobody is in ${model.group} now`, actions);
    if (!members) return root;
  }
  const due = dueSections(report, model.dueSoonDays, model.group);
  const person = (p: DueReport["people"][number]): Row => ({ kind: "person", person: p });
  const promise = (c: DueReport["commitments"][number]): Row => ({ kind: "commitment", commitment: c });
  // What I owe first (promises, replies, thanks, questions), then check-ins, then the quiet lists.
  const specs: SectionSpec[] = [
    { id: "promises", title: "Promises due", rows: due.promisesDue.map(promise) },
    { id: "replies", title: "Replies I owe", rows: due.replies.map((reply): Row => ({ kind: "reply", reply })) },
    { id: "thanks", title: "Thanks to give", rows: due.thanks.map((thanks): Row => ({ kind: "thanks", thanks })) },
    { id: "asks", title: "Ask about", rows: due.asks.map((ask): Row => ({ kind: "ask", ask })) },
    { id: "overdue", title: "Check-ins overdue", rows: due.overdue.map(person) },
    { id: "new", title: "Follow up with new acquaintances", rows: due.newAcquaintances.map(person) },
    { id: "due-soon", title: model.dueSoonDays === 0 ? "Due today" : `Due in the next ${dayCount(model.dueSoonDays)}`, rows: due.dueSoon.map(person) },
    // A birthday window of 0 turns birthdays off.
    { id: "birthdays", title: `Birthdays in the next ${dayCount(model.birthdayDays)}`, rows: model.birthdayDays === 0 ? [] : due.birthdays.map((b): Row => ({ kind: "birthday", birthday: b })) },
    { id: "waiting", title: "Waiting on others", rows: due.waiting.map(promise) },
    { id: "drifting", title: "Drifting", rows: due.drifting.map((p): Row => ({ kind: "drifting", person: p })), folded: true },
    { id: "undated", title: "Promises with no date", rows: due.promisesUndated.map(promise), folded: true },
    { id: "snoozed", title: "Snoozed", rows: due.snoozed.map(person), folded: true },
  ];
  const shown = specs.filter((s) => s.rows.length > 0);
  for (const spec of shown) renderSection(root, spec, model, actions, report.today);
  if (shown.every((s) => s.folded)) root.createDiv({ cls: "rapport-status", text: "Nobody is due. Enjoy the quiet." });
  renderTriageLine(root, report, actions);
  // The follow-through of those shown: the group's, when a group is.
  renderFollowThrough(root, reportForGroup(report, model.group));
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
  const names = namesNotYetNotes(report);
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
  const text = followThroughText(report.followThrough);
  if (text !== "") root.createDiv({ cls: "rapport-follow-through", text });
}

/**
 * "Promises: 5 kept on time · 1 kept after the date · 2 overdue. Replies: 3 in time · 1 overdue. Thanks:
 * 2 given · 1 owed", each part only when it has something to say; "" when nothing does. For the view and
 * the person panel.
 */
export function followThroughText(f: DueReport["followThrough"]): string {
  const counted = (parts: Array<[number, string]>) => parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`).join(" · ");
  const promises = counted([
    [f.keptOnTime, "kept on time"],
    [f.keptLate, "kept after the date"],
    [f.overdue, "overdue"],
  ]);
  const replies = counted([
    [f.replies.inTime, "answered in time"],
    [f.replies.late, "answered after the day"],
    [f.replies.overdue, "overdue"],
  ]);
  const thanks = counted([
    [f.thanks.given, "given"],
    [f.thanks.owed, "owed"],
  ]);
  return [promises && `Promises: ${promises}`, replies && `Replies: ${replies}`, thanks && `Thanks: ${thanks}`].filter(Boolean).join(". ");
}

function renderGroupLine(root: HTMLElement, text: string, actions: DueActions): void {
  const line = root.createDiv({ cls: "rapport-group-line" });
  line.createSpan({ text });
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
  const names = namesNotYetNotes(report);
  if (names > 0) {
    const triage = page.createEl("button", { text: `Review ${names === 1 ? "1 name" : `${names} names`} your notes link to` });
    triage.addEventListener("click", () => actions.triage());
  }
  const rule = page.createEl("details", { cls: "rapport-rule" });
  rule.createEl("summary", { text: "What makes a note a person" });
  rule.createEl("p", { text: `Its properties: ${model.personRule}. For example:` });
  rule.createEl("pre", { text: model.examplePerson });
}

/** How many names link no note yet, counted as triage counts them (case and Unicode form aside). */
function namesNotYetNotes(report: DueReport): number {
  return new Set(report.unresolved.map((u) => nameKey(u.name))).size;
}
