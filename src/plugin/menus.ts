/**
 * The menus of a person and of a promise: one list of actions, the same in the sidebar's rows (right-click,
 * long press, "…"), the person panel, and the file menu of a person's note (file explorer, tab, editor).
 */
import type { Menu } from "obsidian";
import type { CommitmentRow } from "../core/report/due-report";
import type { PersonRef } from "./person-ref";

export interface MenuActions {
  logInteraction(person: PersonRef): void;
  addPromise(person: PersonRef): void;
  addWaitingOn(person: PersonRef): void;
  snoozeItems(menu: Menu, person: PersonRef): void;
  setCadence(person: PersonRef): void;
  showPerson(path: string): void;
  openNote(path: string): void;
  openCommitment(commitment: CommitmentRow): void;
  markDone(commitment: CommitmentRow): void;
}

/** Everything that can be done for a person; `withOpen` adds "Open note" where the note is not in view. */
export function fillPersonMenu(menu: Menu, person: PersonRef, actions: MenuActions, withOpen = true): void {
  menu.addItem((item) => item.setTitle("Log interaction…").setIcon("message-square-plus").setSection("rapport").onClick(() => actions.logInteraction(person)));
  menu.addItem((item) => item.setTitle("Add promise…").setIcon("handshake").setSection("rapport").onClick(() => actions.addPromise(person)));
  menu.addItem((item) => item.setTitle("Add waiting-on…").setIcon("hourglass").setSection("rapport").onClick(() => actions.addWaitingOn(person)));
  actions.snoozeItems(menu, person);
  menu.addItem((item) => item.setTitle("Set cadence…").setIcon("repeat").setSection("rapport").onClick(() => actions.setCadence(person)));
  menu.addItem((item) => item.setTitle("Show person panel").setIcon("contact").setSection("rapport").onClick(() => actions.showPerson(person.path)));
  if (withOpen) menu.addItem((item) => item.setTitle("Open note").setIcon("file-text").setSection("open").onClick(() => actions.openNote(person.path)));
}

/** A promise's own actions, then its person's. */
export function fillCommitmentMenu(menu: Menu, commitment: CommitmentRow, actions: MenuActions): void {
  menu.addItem((item) => item.setTitle("Mark done").setIcon("check").setSection("promise").onClick(() => actions.markDone(commitment)));
  menu.addItem((item) => item.setTitle("Open in its note").setIcon("file-text").setSection("promise").onClick(() => actions.openCommitment(commitment)));
  menu.addSeparator();
  fillPersonMenu(menu, { name: commitment.person, path: commitment.personPath }, actions);
}
