/**
 * The command palette's entries. Sentence case; no default hotkeys (users choose their own). A command
 * about a person acts on the active note's person, and asks whom only when the active note is no person.
 */
import { MarkdownView, TFile, type Plugin } from "obsidian";
import type { Actions } from "./actions";
import type { DailyLog } from "./daily-log";
import type { PersonNotes } from "./person-notes";
import { safely } from "./safely";
import type { TaskActions } from "./task-actions";

export interface CommandHost extends Plugin {
  actions: Actions;
  log: DailyLog;
  people: PersonNotes;
  tasks: TaskActions;
  activateView(): Promise<void>;
  rebuildIndex(): Promise<void>;
  showPerson(path: string): Promise<void>;
  triage(): void;
}

export function registerCommands(plugin: CommandHost): void {
  const { actions, log, people, tasks } = plugin;
  const command = (id: string, name: string, callback: () => unknown) => plugin.addCommand({ id, name, callback });
  command("open-sidebar", "Open due to reconnect", () => safely("open the sidebar", () => plugin.activateView()));
  command("log-interaction", "Log interaction", () => actions.withPerson("Who did you talk to?", (p) => log.logInteraction(p)));
  command("add-commitment", "Add promise", () => actions.withPerson("Whom did you promise?", (p) => log.addPromise(p)));
  command("add-waiting-on", "Add waiting-on", () => actions.withPerson("Who owes you something?", (p) => log.addWaitingOn(p)));
  command("snooze-person", "Snooze person", () => actions.withPerson("Snooze whom?", (p) => actions.snoozeChooser(p)));
  command("set-cadence", "Set cadence", () => actions.withPerson("Whose cadence?", (p) => actions.setCadence(p)));
  command("show-timeline", "Show person panel", () => actions.withPerson("Show whom?", (p) => safely("show the person", () => plugin.showPerson(p.path))));
  command("add-person", "Add person", () => people.addPerson());
  plugin.addCommand({
    id: "make-person",
    name: "Make this note a person",
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (!(file instanceof TFile) || file.extension !== "md" || actions.activePerson() !== null) return false;
      if (!checking) safely("make the note a person", () => people.makePerson(file));
      return true;
    },
  });
  command("triage", "Triage people without a cadence", () => plugin.triage());
  plugin.addCommand({
    id: "create-person",
    name: "Create person note from selection",
    editorCallback: (editor, view) => safely("create the person note", () => people.createPerson(editor, view.file)),
  });
  plugin.addCommand({
    id: "mark-commitment-done",
    name: "Mark promise done",
    editorCheckCallback: (checking, editor, view) => {
      if (!(view instanceof MarkdownView) || !view.file) return false;
      const file = view.file;
      if (!checking) safely("mark the task done", () => tasks.markDoneAtCursor(editor, file));
      return true;
    },
  });
  command("undo-last-change", "Undo last change", () => safely("undo", () => actions.undoLast()));
  command("rebuild-index", "Rebuild index", () => safely("rebuild the index", () => plugin.rebuildIndex()));
}
