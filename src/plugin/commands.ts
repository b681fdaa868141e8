/** The command palette's entries. Sentence case; no default hotkeys (users choose their own). */
import { MarkdownView, type Plugin } from "obsidian";
import type { Actions } from "./actions";
import { safely } from "./safely";

export interface CommandHost extends Plugin {
  actions: Actions;
  activateView(): Promise<void>;
  rebuildIndex(): Promise<void>;
}

export function registerCommands(plugin: CommandHost): void {
  const { actions } = plugin;
  plugin.addCommand({ id: "open-sidebar", name: "Open due to reconnect", callback: () => safely("open the sidebar", () => plugin.activateView()) });
  plugin.addCommand({
    id: "log-interaction",
    name: "Log interaction with…",
    callback: () => actions.pickPerson("Who did you talk to?", (choice) => safely("log the interaction", () => actions.logInteraction(choice.name))),
  });
  plugin.addCommand({
    id: "add-commitment",
    name: "Add commitment for…",
    callback: () => actions.pickPerson("Who did you promise?", (choice) => actions.addCommitment(choice)),
  });
  plugin.addCommand({
    id: "snooze-person",
    name: "Snooze person…",
    callback: () => actions.pickPerson("Snooze whom?", (choice) => actions.snoozeChooser(choice)),
  });
  plugin.addCommand({
    id: "set-cadence",
    name: "Set cadence of this person",
    checkCallback: (checking) => {
      const file = plugin.app.workspace.getActiveFile();
      if (checking) return file !== null && plugin.actions.isPerson(file);
      if (file) actions.setCadence(file);
      return true;
    },
  });
  plugin.addCommand({
    id: "create-person",
    name: "Create person note",
    editorCallback: (editor, view) => safely("create the person note", () => actions.createPerson(editor, view.file)),
  });
  plugin.addCommand({
    id: "show-timeline",
    name: "Show timeline of this person",
    callback: () => {
      const file = plugin.app.workspace.getActiveFile();
      if (file && actions.isPerson(file)) actions.showTimeline(file.path);
      else actions.pickPerson("Whose timeline?", (choice) => actions.showTimeline(choice.path));
    },
  });
  plugin.addCommand({
    id: "mark-commitment-done",
    name: "Mark commitment done",
    editorCheckCallback: (checking, editor, view) => {
      if (!(view instanceof MarkdownView) || !view.file) return false;
      const file = view.file;
      if (!checking) safely("mark the task done", () => actions.markDoneAtCursor(editor, file));
      return true;
    },
  });
  plugin.addCommand({ id: "undo-last-change", name: "Undo last change", callback: () => safely("undo", () => actions.undoLast()) });
  plugin.addCommand({ id: "rebuild-index", name: "Rebuild index", callback: () => safely("rebuild the index", () => plugin.rebuildIndex()) });
}
