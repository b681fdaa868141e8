/**
 * What is written in today's daily note about a person: an interaction ("Log interaction"), a promise
 * ("Add promise") or something owed to me ("Add waiting-on"). Each asks in a small form, writes one line
 * at the end of the note (made from its template when missing), and says so in a notice with Undo.
 */
import { Notice, type App } from "obsidian";
import type { IsoDate } from "../core/calendar/dates";
import { appendItem } from "../core/edit/append";
import { commitmentLine, interactionLine } from "../core/edit/note-edit";
import { promiseFromForm } from "../core/edit/promise-form";
import { noteNameProblem } from "../core/edit/vault-path";
import type { Model } from "../core/index/model";
import { opensBlock } from "../core/parse/blocks";
import type { RapportSettings } from "../core/saved-settings";
import { todaysNote, type DailyNoteSettings } from "./daily-notes";
import { FormModal } from "./modals/form-modal";
import type { PersonRef } from "./person-ref";
import { safely } from "./safely";
import type { TaskActions } from "./task-actions";
import { today } from "./today";
import type { Change, NoteWriter, Written } from "./writes/note-writer";
import { writtenNotice } from "./writes/written-notice";

export interface DailyLogHost {
  app: App;
  settings: RapportSettings;
  writer: NoteWriter;
  tasks: TaskActions;
  model(): Model;
  dailyNotes(): DailyNoteSettings;
}

export class DailyLog {
  /** People logged today in this session, for "the second time today" before the index has the first. */
  private readonly loggedToday = new Map<string, IsoDate>();

  constructor(private readonly host: DailyLogHost) {}

  private get app(): App {
    return this.host.app;
  }

  /**
   * The link that leads to the person's note: the name alone when it does, else the path, as Obsidian links
   * ("People/Alice" when another note is called Alice too). Null, with a notice, when no link can: a note
   * name that holds `#`, `|`, `[` or `]` breaks every link to it.
   */
  private linkTarget(person: PersonRef): string | null {
    const problem = noteNameProblem(person.name);
    if (problem !== null) {
      new Notice(`Rapport cannot link to ${person.path}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)} Rename the note to log with them.`);
      return null;
    }
    const file = this.app.vault.getFileByPath(person.path);
    return file ? this.app.metadataCache.fileToLinktext(file, "", true) : person.name;
  }

  /** "Log interaction": asks what about (optional; `about` starts it), then writes `- [[Name]] words` in today's note. */
  logInteraction(person: PersonRef, about = ""): void {
    const target = this.linkTarget(person);
    if (target === null) return;
    new FormModal(
      this.app,
      `Log interaction with ${person.name}`,
      [{ name: "What about?", description: "Optional. #tags say what kind: #call, #coffee…", placeholder: "lunch, talked about her move #coffee", value: about }],
      ([what = ""]) => {
        const line = interactionLine(person.name, what, target);
        return opensBlock(line) ? "!That would open a comment or code block that hides the rest of today's note." : `Adds "${line}" to today's note.`;
      },
      ([what = ""]) => safely("log the interaction", () => this.writeInteraction(person, what)),
      "Log",
    ).open();
  }

  async writeInteraction(person: PersonRef, what: string): Promise<void> {
    const day = today();
    const again = this.loggedToday.get(person.path) === day || this.host.model().interactionsOf(person.path).some((i) => i.date === day);
    const target = this.linkTarget(person);
    if (target === null) return;
    const written = await this.appendToToday(interactionLine(person.name, what, target), `log ${person.name}`);
    if (!written) return;
    this.loggedToday.set(person.path, day);
    const open: [string, () => void] = ["Open", () => void this.host.tasks.openAt(written.file.path, written.lineIndex + 1, false)];
    writtenNotice(this.host.writer, `Logged ${person.name} in ${written.file.basename}${again ? ", the second time today" : ""}.`, written, [open]);
  }

  /** "Add promise": what I promised them, and by when (optional). */
  addPromise(person: PersonRef): void {
    this.taskForm(person, `Promise to ${person.name}`, "send the article", undefined, "add the promise");
  }

  /** "Add waiting-on": what they promised me, tagged as the waiting tag says. */
  addWaitingOn(person: PersonRef): void {
    this.taskForm(person, `Waiting on ${person.name}`, "the contract draft", this.host.settings.waitingTag, "add the waiting-on");
  }

  /** The promise form: what, and when in a date or in words ("Friday", "in 3 days"), written as 📅. */
  private taskForm(person: PersonRef, heading: string, example: string, tag: string | undefined, what: string): void {
    const read = (words: string, due: string) => {
      const model = this.host.model();
      const days = { dailyNotes: model.settings.dailyNotes, parseDate: model.context.parseDate };
      return promiseFromForm(words, due, today(), days, model.settings.plainWordDates);
    };
    const target = this.linkTarget(person);
    if (target === null) return;
    const line = (promise: { words: string; due: IsoDate | null }) => commitmentLine(person.name, promise.words, promise.due, tag, target);
    new FormModal(
      this.app,
      heading,
      [
        { name: "What", placeholder: example },
        { name: "Due", description: 'Optional: a date, or words such as "Friday", "in 3 days", "end of the month".' },
      ],
      ([words = "", due = ""]) => {
        const promise = read(words, due);
        if ("problem" in promise) return `!${promise.problem}`;
        if (opensBlock(line(promise))) return "!That would open a comment or code block that hides the rest of today's note.";
        const when = promise.due === null || promise.readFrom === null ? "" : ` Due ${promise.due}, read from "${promise.readFrom}".`;
        return `Adds "${line(promise)}" to today's note.${when}`;
      },
      ([words = "", due = ""]) =>
        safely(what, async () => {
          const promise = read(words, due);
          if ("problem" in promise) return;
          const written = await this.appendToToday(line(promise), what);
          if (written) writtenNotice(this.host.writer, `Added to ${written.file.basename}.`, written);
        }),
      "Add",
    ).open();
  }

  /** Appends `line` to today's daily note, creating the note (from its template) when it is missing. */
  private async appendToToday(line: string, what: string): Promise<(Written & { lineIndex: number }) | null> {
    const note = await todaysNote(this.app, this.host.dailyNotes());
    if ("problem" in note) {
      new Notice(`Rapport did not ${what} in today's note: ${note.problem}.`);
      return null;
    }
    let lineIndex = 0;
    const append = (text: string): Change => {
      const result = appendItem(text, line);
      if ("lineIndex" in result) lineIndex = result.lineIndex;
      return result;
    };
    if ("file" in note) {
      const written = await this.host.writer.change(note.file, what, append);
      return written && { ...written, lineIndex };
    }
    const created = append(note.template);
    if ("refused" in created) {
      new Notice(`Rapport did not ${what} in today's note: its template ${created.refused}.`);
      return null;
    }
    const written = await this.host.writer.create(note.path, created.text, "create");
    return written && { ...written, lineIndex };
  }
}
