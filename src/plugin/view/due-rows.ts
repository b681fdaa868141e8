/**
 * The sidebar's rows, as tree items of Obsidian's panes: the name and when, then a small muted line.
 * Each row opens what it is about on click, offers its main actions as icon buttons (on hover on a
 * desktop, always on a phone) and every action in its menu (right-click, long press, or the "…" button).
 */
import { Menu } from "obsidian";
import type { IsoDate } from "../../core/calendar/dates";
import type { AskRow, BirthdayRow, CommitmentRow, PersonRow, ReplyRow, ThanksRow } from "../../core/report/due-report";
import { dayCount, lastContactWords, overdueWords, relativeDay } from "../../core/text/wording";
import type { PersonRef } from "../person-ref";
import { iconButton } from "./tree";

export interface RowActions {
  openNote(path: string, event: MouseEvent | KeyboardEvent): void;
  hoverNote(event: MouseEvent, target: HTMLElement, path: string): void;
  openCommitment(commitment: CommitmentRow, event: MouseEvent | KeyboardEvent): void;
  /** `about` starts the "What about?" field: "#thanks " for a thank-you, say. */
  logInteraction(person: PersonRef, about?: string): void;
  openLine(path: string, line: number, event: MouseEvent | KeyboardEvent): void;
  snoozeMenu(person: PersonRef, event: MouseEvent): void;
  markDone(commitment: CommitmentRow): void;
  /** Fills a row's menu with everything that can be done for a person. */
  personMenu(menu: Menu, person: PersonRef): void;
  commitmentMenu(menu: Menu, commitment: CommitmentRow): void;
}

export type Row =
  | { kind: "person"; person: PersonRow }
  | { kind: "commitment"; commitment: CommitmentRow }
  | { kind: "birthday"; birthday: BirthdayRow }
  | { kind: "reply"; reply: ReplyRow }
  | { kind: "thanks"; thanks: ThanksRow }
  | { kind: "ask"; ask: AskRow }
  | { kind: "drifting"; person: PersonRow };

/** When a person's check-in is, in the row's words: how overdue, when due, or when a snooze ends. */
export function personWhen(p: PersonRow, today: IsoDate): string {
  if (p.status === "snoozed") return `until ${p.snoozeUntil ?? ""}`;
  if (p.status === "ended") return "ended";
  if (p.daysOverdue > 0) return overdueWords(p.daysOverdue);
  return p.due === null ? "" : relativeDay(p.due, today);
}

/**
 * "every 2 weeks · last contact 18 days ago" ("no contact yet"); a group's cadence names the group, and a
 * first meeting's follow-up says so.
 */
export function personDetail(p: PersonRow, today: IsoDate): string {
  const contact = lastContactWords(p.lastContact, today);
  if (p.reason === "new-acquaintance") return `first met ${relativeDay(p.lastContact, today)} · follow up`;
  const cadence = p.cadenceGroup === null ? (p.cadenceText ?? "no cadence") : `${p.cadenceText ?? ""} (${p.cadenceGroup})`;
  return `${cadence} · ${contact}`;
}

/** A reply owed, in a row's words: what they asked (and when), and by when to answer. */
export function replyWords(r: ReplyRow, today: IsoDate): { what: string; when: string } {
  return { what: `${r.text || "Asked you something"} (${r.asked})`, when: r.daysOverdue > 0 ? overdueWords(r.daysOverdue) : `reply ${relativeDay(r.due, today)}` };
}

export function commitmentWhen(c: CommitmentRow, today: IsoDate): string {
  if (c.daysOverdue > 0) return overdueWords(c.daysOverdue);
  return c.due === null ? "no date" : relativeDay(c.due, today);
}

export function renderRow(parent: HTMLElement, row: Row, today: IsoDate, actions: RowActions): void {
  switch (row.kind) {
    case "person":
    case "drifting": {
      const p = row.person;
      const when = row.kind === "drifting" ? `usually every ${dayCount(p.rhythmDays ?? 0)}` : personWhen(p, today);
      const detail = row.kind === "drifting" ? lastContactWords(p.lastContact, today) : personDetail(p, today);
      const el = rowShell(parent, p, when, p.daysOverdue > 0, detail, actions);
      if (row.kind === "person" && p.drifting) el.badge("drifting", `Quiet for longer than usual: about every ${dayCount(p.rhythmDays ?? 0)} before`);
      el.onOpen((event) => actions.openNote(p.path, event));
      el.onMenu((menu) => actions.personMenu(menu, p));
      iconButton(el.buttons, "message-square-plus", `Log an interaction with ${p.name}`, () => actions.logInteraction(p));
      iconButton(el.buttons, "alarm-clock-off", p.status === "snoozed" ? `Snoozed until ${p.snoozeUntil ?? ""}: change or end` : `Snooze ${p.name}`, (event) => actions.snoozeMenu(p, event));
      el.addMoreButton();
      return;
    }
    case "commitment": {
      const c = row.commitment;
      const el = rowShell(parent, { name: c.person, path: c.personPath }, commitmentWhen(c, today), c.daysOverdue > 0, c.text || "(no words)", actions);
      el.detail.setAttr("title", c.dueWords === null ? `${c.path}, line ${c.line}` : `Due ${c.due ?? ""}, read from "${c.dueWords}" (${c.path}, line ${c.line})`);
      el.onOpen((event) => actions.openCommitment(c, event));
      el.onMenu((menu) => actions.commitmentMenu(menu, c));
      iconButton(el.buttons, "check", "Mark done today", () => actions.markDone(c));
      el.addMoreButton();
      return;
    }
    case "birthday": {
      const b = row.birthday;
      const person = { name: b.person, path: b.path };
      const turns = b.turns === null ? "" : ` · turns ${b.turns}`;
      loopRow(parent, person, relativeDay(b.date, today), false, `${b.date}${turns}`, (event) => actions.openNote(b.path, event), [`Log an interaction with ${b.person}`, ""], actions);
      return;
    }
    case "reply": {
      const r = row.reply;
      const { what, when } = replyWords(r, today);
      const open = (event: MouseEvent | KeyboardEvent) => actions.openLine(r.path, r.line, event);
      loopRow(parent, { name: r.person, path: r.personPath }, when, r.daysOverdue > 0, what, open, [`Log your reply to ${r.person}`, ""], actions);
      return;
    }
    case "thanks": {
      const t = row.thanks;
      const open = (event: MouseEvent | KeyboardEvent) => actions.openLine(t.path, t.line, event);
      loopRow(parent, { name: t.person, path: t.personPath }, relativeDay(t.since, today), false, `Thanks owed: ${t.text || "their help"}`, open, [`Log a thank-you to ${t.person}`, "#thanks "], actions);
      return;
    }
    case "ask": {
      const a = row.ask;
      const open = (event: MouseEvent | KeyboardEvent) => actions.openLine(a.path, a.line, event);
      loopRow(parent, { name: a.person, path: a.personPath }, a.date === today ? "today" : `since ${a.date}`, false, `Ask about ${a.about}`, open, [`Log asking ${a.person} about it`, `${a.about} `], actions);
      return;
    }
  }
}

/** A row about a person that a logged interaction answers: the button logs one, prefilled. */
function loopRow(parent: HTMLElement, person: PersonRef, when: string, overdue: boolean, detail: string, open: (event: MouseEvent | KeyboardEvent) => void, [label, about]: [string, string], actions: RowActions): void {
  const el = rowShell(parent, person, when, overdue, detail, actions);
  el.onOpen(open);
  el.onMenu((menu) => actions.personMenu(menu, person));
  iconButton(el.buttons, "message-square-plus", label, () => actions.logInteraction(person, about || undefined));
  el.addMoreButton();
}

interface RowShell {
  detail: HTMLElement;
  buttons: HTMLElement;
  badge(text: string, title: string): void;
  onOpen(open: (event: MouseEvent | KeyboardEvent) => void): void;
  onMenu(fill: (menu: Menu) => void): void;
  addMoreButton(): void;
}

/** The row's frame: a focusable tree item with the name as a link, when, a detail line and a button bar. */
function rowShell(parent: HTMLElement, person: PersonRef, when: string, overdue: boolean, detail: string, actions: RowActions): RowShell {
  const el = parent.createDiv({ cls: "tree-item-self is-clickable rapport-row", attr: { tabindex: "0" } });
  const body = el.createDiv({ cls: "tree-item-inner rapport-row-body" });
  const line = body.createDiv({ cls: "rapport-row-line" });
  nameLink(line, person, actions);
  const whenEl = line.createSpan({ cls: "rapport-when", text: when });
  whenEl.toggleClass("is-overdue", overdue);
  const detailEl = body.createDiv({ cls: "rapport-row-detail", text: detail });
  const buttons = el.createDiv({ cls: "rapport-row-actions" });
  let fillMenu: (menu: Menu) => void = () => undefined;
  const menuAt = (event: MouseEvent) => {
    const menu = new Menu();
    fillMenu(menu);
    menu.showAtMouseEvent(event);
  };
  return {
    detail: detailEl,
    buttons,
    badge(text, title) {
      whenEl.before(createSpan({ cls: "rapport-badge", text, attr: { title } }));
    },
    onOpen(open) {
      el.addEventListener("click", (event) => open(event));
      el.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && event.target === el) open(event);
      });
    },
    onMenu(fill) {
      fillMenu = fill;
      // Right-click on a desktop, long press on a phone, the context-menu key on a keyboard.
      el.addEventListener("contextmenu", (event) => {
        event.preventDefault();
        menuAt(event);
      });
    },
    addMoreButton() {
      iconButton(buttons, "more-horizontal", "More actions", (event) => menuAt(event));
    },
  };
}

/** The person's name as an internal link: click opens, ctrl/cmd-click opens in a new tab, hover previews. */
function nameLink(parent: HTMLElement, person: PersonRef, actions: RowActions): void {
  const link = parent.createEl("a", { cls: "internal-link rapport-name", text: person.name, attr: { href: person.path, "data-href": person.path } });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    event.stopPropagation();
    actions.openNote(person.path, event);
  });
  link.addEventListener("mouseover", (event) => actions.hoverNote(event, link, person.path));
}
