/**
 * Promises as tasks in notes: marking one done (from the editor or from a row made earlier) and opening
 * its line. A row may be stale: its task is found again by its words wherever it has moved, and a row
 * whose task has changed writes nothing.
 */
import { Notice, type App, type Editor, type TFile } from "obsidian";
import { findLine, isRecurringTask, lineAt, markTaskDone, replaceLine } from "../core/edit/task-line";
import type { CommitmentRow } from "../core/report/due-report";
import { today } from "./today";
import type { NoteWriter } from "./writes/note-writer";
import { tasksApi } from "./writes/tasks-plugin";
import { writtenNotice } from "./writes/written-notice";

const TASK_CHANGED = "That task has changed since the list was shown; opening its note.";

export class TaskActions {
  constructor(
    private readonly app: App,
    private readonly writer: NoteWriter,
  ) {}

  /** "Mark promise done" on the task under the cursor. */
  async markDoneAtCursor(editor: Editor, file: TFile): Promise<void> {
    const index = editor.getCursor().line;
    const line = editor.getLine(index);
    if (markTaskDone(line, today()) === null) {
      new Notice("There is no open task on this line.");
      return;
    }
    await this.markLineDone(file, (text) => (lineAt(text, index) === line ? index : null));
  }

  /** A row's Mark done: only on the line the row was made from, wherever it has moved. */
  async markCommitmentDone(commitment: CommitmentRow): Promise<void> {
    const file = this.app.vault.getFileByPath(commitment.path);
    if (!file) return;
    if (findLine(await this.currentText(file), commitment.line, commitment.lineText) === null) {
      new Notice(TASK_CHANGED);
      await this.openAt(file.path, commitment.line, false);
      return;
    }
    await this.markLineDone(file, (text) => findLine(text, commitment.line, commitment.lineText), commitment.text);
  }

  /** A promise's line, wherever it has moved, or its note with a word why. */
  async openCommitment(commitment: CommitmentRow, newTab: boolean): Promise<void> {
    const file = this.app.vault.getFileByPath(commitment.path);
    if (!file) return;
    const index = findLine(await this.currentText(file), commitment.line, commitment.lineText);
    if (index === null) new Notice(TASK_CHANGED);
    await this.openAt(file.path, index === null ? commitment.line : index + 1, newTab);
  }

  async openAt(path: string, line: number, newTab: boolean): Promise<void> {
    await this.app.workspace.openLinkText(path, "", newTab, { eState: { line: line - 1 } });
  }

  /**
   * Marks done the task on the line `locate` finds in the note's current text: `[x]` and `✅ today`, or,
   * for a recurring task, what the Tasks plugin writes (its next occurrence too).
   */
  private async markLineDone(file: TFile, locate: (text: string) => number | null, words?: string): Promise<void> {
    const tasks = tasksApi(this.app);
    const written = await this.writer.change(file, "mark the task done", (text) => {
      const index = locate(text);
      const line = index === null ? null : lineAt(text, index);
      if (index === null || line === null) return { refused: "that task has changed" };
      if (isRecurringTask(line)) {
        if (!tasks) return { refused: "that task recurs (🔁); turn on the Tasks plugin so that marking it done writes its next occurrence" };
        return { text: replaceLine(text, index, tasks.executeToggleTaskDoneCommand(line, file.path)) };
      }
      const done = markTaskDone(line, today());
      return done === null ? { refused: "that line is no open task" } : { text: replaceLine(text, index, done) };
    });
    if (written) writtenNotice(this.writer, `Done: ${words ?? "the task"}.`, written);
  }

  /** The note's text as the user has it: the editor's when it is open (typing not yet saved included). */
  private async currentText(file: TFile): Promise<string> {
    return this.writer.editorOf(file)?.getValue() ?? (await this.app.vault.read(file));
  }
}
