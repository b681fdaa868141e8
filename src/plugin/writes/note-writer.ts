/**
 * Every write Rapport makes to a note, one way. A change is a pure function of the note's current text
 * (core/edit), applied atomically: through the note's editor when it is open, so that text typed and not
 * yet saved stays, else with `Vault.process`. A change that would alter nothing is skipped, one the
 * core refuses is a notice saying why, a failure is a notice naming the note, and every write is kept
 * in the undo journal.
 */
import { MarkdownView, Notice, type App, type Editor, type TFile } from "obsidian";
import { changedLines, undoWrite, type Write } from "../../core/edit/undo";
import { UndoJournal } from "./undo-journal";

export type Change = { text: string } | { refused: string };

export interface Written {
  file: TFile;
  write: Write;
}

export class NoteWriter {
  readonly journal = new UndoJournal();

  constructor(private readonly app: App) {}

  /**
   * Applies `change` to the note's current text. `what` says what is being done, for notices ("add a
   * line", "set cadence"). Returns the write, or null when nothing was written (the notice says why).
   */
  async change(file: TFile, what: string, change: (text: string) => Change): Promise<Written | null> {
    try {
      const { before, outcome } = await this.apply(file, change);
      if ("refused" in outcome) {
        new Notice(`Rapport did not ${what} in ${file.path}: ${outcome.refused}.`);
        return null;
      }
      if (outcome.text === before) return null;
      const write: Write = { path: file.path, before, after: outcome.text, ...changedLines(before, outcome.text) };
      this.journal.add(write);
      return { file, write };
    } catch (error) {
      new Notice(`Rapport could not ${what} in ${file.path}: ${(error as Error).message}`);
      return null;
    }
  }

  /**
   * Applies `change` to the note's current text, in its editor when it is open, else with
   * `Vault.process`. It is worked out first on the text as read, so that a change that alters nothing
   * (or is refused) writes nothing at all, then again inside the atomic write.
   */
  private async apply<T extends { text: string } | { refused: string } | { deleteNote: true }>(file: TFile, change: (text: string) => T): Promise<{ before: string; outcome: T }> {
    const editor = this.editorOf(file);
    if (editor) {
      const before = editor.getValue();
      const outcome = change(before);
      if ("text" in outcome && outcome.text !== before) replaceInEditor(editor, before, outcome.text);
      return { before, outcome };
    }
    const current = await this.app.vault.read(file);
    const preview = change(current);
    if (!("text" in preview) || preview.text === current) return { before: current, outcome: preview };
    let applied: { before: string; outcome: T } = { before: current, outcome: preview };
    await this.app.vault.process(file, (text) => {
      const outcome = change(text);
      applied = { before: text, outcome };
      return "text" in outcome ? outcome.text : text;
    });
    return applied;
  }

  /** Creates a note (its folder too); null, with a notice, when it cannot. */
  async create(path: string, text: string, what: string): Promise<Written | null> {
    try {
      const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
      if (folder !== "" && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
      const file = await this.app.vault.create(path, text);
      const write: Write = { path, before: null, after: text, ...changedLines("", text) };
      this.journal.add(write);
      return { file, write };
    } catch (error) {
      new Notice(`Rapport could not ${what} ${path}: ${(error as Error).message}`);
      return null;
    }
  }

  /** Takes a write back (see core/edit/undo.ts) and says what happened. */
  async undo(write: Write): Promise<void> {
    this.journal.forget(write);
    const file = this.app.vault.getFileByPath(write.path);
    if (!file) {
      new Notice(`Rapport could not undo its change to ${write.path}: the note is gone.`);
      return;
    }
    try {
      const { outcome } = await this.apply(file, (text) => undoWrite(text, write));
      if ("refused" in outcome) {
        new Notice(`Rapport could not undo its change to ${write.path}: ${outcome.refused}.`);
        return;
      }
      if ("deleteNote" in outcome) await this.app.fileManager.trashFile(file);
      new Notice(`Undone: Rapport's change to ${write.path}.`);
    } catch (error) {
      new Notice(`Rapport could not undo its change to ${write.path}: ${(error as Error).message}`);
    }
  }

  /** The editor of a pane where the note is open, if any. */
  editorOf(file: TFile): Editor | null {
    for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
      if (leaf.view instanceof MarkdownView && leaf.view.file?.path === file.path) return leaf.view.editor;
    }
    return null;
  }
}

/** `before` becomes `after` in the editor as one change, from their first difference to their last. */
function replaceInEditor(editor: Editor, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = before.length;
  let endAfter = after.length;
  while (end > start && endAfter > start && before[end - 1] === after[endAfter - 1]) {
    end--;
    endAfter--;
  }
  editor.transaction({ changes: [{ from: editor.offsetToPos(start), to: editor.offsetToPos(end), text: after.slice(start, endAfter) }] });
}
