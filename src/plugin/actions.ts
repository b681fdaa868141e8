/**
 * What the commands and the sidebar's buttons do. Each write is a pure change of the note's text
 * (core/edit) applied by the NoteWriter, and says what it did in a notice with an Undo button.
 */
import { MarkdownView, Menu, Notice, moment, parseYaml, type App, type Editor, type TFile } from "obsidian";
import { ISO_DATE_FORMAT, parseIsoDate, type IsoDate } from "../core/calendar/dates";
import { appendItem } from "../core/edit/append";
import { setFrontmatterValue } from "../core/edit/frontmatter-edit";
import { commitmentLine, interactionLine, personLink, personNote } from "../core/edit/note-edit";
import { DEFAULT_PERSON_RULES } from "../core/settings";
import { findLine, isRecurringTask, lineAt, markTaskDone, replaceLine } from "../core/edit/task-line";
import { vaultPath } from "../core/edit/vault-path";
import { scanInline } from "../core/parse/inline";
import type { Model } from "../core/index/model";
import { cadencePreview } from "../core/report/cadence-preview";
import type { CommitmentRow, DueReport, PersonRow } from "../core/report/due-report";
import { timeline } from "../core/report/timeline";
import type { RapportSettings } from "../core/saved-settings";
import { todaysNote, type DailyNoteSettings } from "./daily-notes";
import { ChoiceModal } from "./modals/choice-modal";
import { FormModal } from "./modals/form-modal";
import { ListModal } from "./modals/list-modal";
import { PersonPicker } from "./modals/person-picker";
import { personChoices, type PersonChoice } from "./people-search";
import type { Change, NoteWriter, Written } from "./writes/note-writer";
import { tasksApi } from "./writes/tasks-plugin";
import { safely } from "./safely";
import { today } from "./today";
import { noticeWithActions } from "./writes/written-notice";

/** What the actions need from the plugin. */
export interface ActionHost {
  app: App;
  settings: RapportSettings;
  writer: NoteWriter;
  model(): Model;
  report(): DueReport | null;
  dailyNotes(): DailyNoteSettings;
}

/** A day from today, as moment adds (a month after 31 January is 28 February). */
function fromToday(amount: number, unit: "week" | "month"): IsoDate {
  return moment().add(amount, unit).format(ISO_DATE_FORMAT);
}

const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|#^[\]]/;
const TASK_CHANGED = "That task has changed since the list was shown; opening its note.";

export class Actions {
  constructor(private readonly host: ActionHost) {}

  private get app(): App {
    return this.host.app;
  }

  pickPerson(placeholder: string, then: (choice: PersonChoice) => void): void {
    new PersonPicker(this.app, personChoices(this.host.report()), placeholder, then).open();
  }

  /** Appends `- [[Name]] ` to today's daily note, opens it, and puts the cursor at the end of that line. */
  async logInteraction(name: string): Promise<void> {
    const line = interactionLine(name);
    const written = await this.appendToToday(line, `log ${name}`);
    if (!written) return;
    this.writtenNotice(`Logged ${name} in ${written.file.basename}.`, written);
    const leaf = this.app.workspace.getLeaf(false);
    await leaf.openFile(written.file);
    if (leaf.view instanceof MarkdownView) {
      leaf.view.editor.setCursor({ line: written.lineIndex, ch: line.length });
      leaf.view.editor.focus();
    }
  }

  addCommitment(choice: PersonChoice): void {
    new FormModal(
      this.app,
      `Promise to ${choice.name}`,
      [
        { name: "What", placeholder: "send the article" },
        { name: "Due", description: "Optional.", type: "date" },
      ],
      ([what = "", due = ""]) => {
        if (what.trim() === "") return "!Say what you promised.";
        if (due !== "" && !isDate(due)) return "!The due date is not a date.";
        return commitmentLine(choice.name, what, due || null);
      },
      ([what = "", due = ""]) =>
        safely("add the promise", async () => {
          const written = await this.appendToToday(commitmentLine(choice.name, what, due || null), "add the promise");
          if (written) this.writtenNotice(`Added to ${written.file.basename}.`, written);
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

  /** Snooze choices as a menu at the pointer (from the sidebar). */
  snoozeMenu(person: PersonRow, event: MouseEvent): void {
    const menu = new Menu();
    for (const [title, until] of snoozeOptions()) menu.addItem((item) => item.setTitle(title).onClick(() => safely("snooze", () => this.snooze(person.path, until))));
    menu.addItem((item) => item.setTitle("Until a date…").onClick(() => this.snoozeUntilPicked(person.path, person.name)));
    menu.showAtMouseEvent(event);
  }

  /** Snooze choices as a list (from the command palette). */
  snoozeChooser(choice: PersonChoice): void {
    const options: Array<[string, IsoDate | null]> = [...snoozeOptions(), ["Until a date…", null]];
    new ChoiceModal(this.app, options, (until) => (until ? safely("snooze", () => this.snooze(choice.path, until)) : this.snoozeUntilPicked(choice.path, choice.name))).open();
  }

  private snoozeUntilPicked(path: string, name: string): void {
    new FormModal(
      this.app,
      `Snooze ${name}`,
      [{ name: "Until", type: "date", value: fromToday(1, "week") }],
      ([until = ""]) => {
        if (!isDate(until)) return "!Pick a date.";
        return until <= today() ? "!Pick a day after today." : `Hidden from "due" until ${until}.`;
      },
      ([until = ""]) => safely("snooze", () => this.snooze(path, until)),
    ).open();
  }

  async snooze(path: string, until: IsoDate): Promise<void> {
    await this.setProperty(path, this.host.settings.fields.snoozeUntil, until, (name) => `Snoozed ${name} until ${until}.`);
  }

  /** "Set cadence of this person": validates as you type and shows the next check-in before saving. */
  setCadence(file: TFile): void {
    const person = this.personAt(file);
    if (!person) return;
    const current = this.host.model().get(file.path)?.person?.cadenceWritten ?? "";
    new FormModal(
      this.app,
      `Cadence for ${person.name}`,
      [{ name: "Cadence", description: 'For example "every 2 weeks", "monthly", "every month on the 1st", or "none".', value: current }],
      ([text = ""]) => {
        const preview = cadencePreview(text, person.lastContact, today(), this.host.model().cadences);
        return preview.valid ? preview.message : `!${preview.message}`;
      },
      ([text = ""]) => safely("set the cadence", () => this.setProperty(file.path, this.host.settings.fields.cadence, text.trim(), (name) => `Cadence of ${name}: ${text.trim()}.`)),
    ).open();
  }

  /** Sets one frontmatter property by an exact line edit (never a note whose frontmatter does not parse). */
  private async setProperty(path: string, field: string, value: string | null, done: (name: string) => string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return;
    if (this.host.model().get(path)?.brokenFrontmatter) {
      new Notice(`Rapport did not change ${path}: its frontmatter does not parse. Fix it first.`);
      return;
    }
    const written = await this.host.writer.change(file, `set ${field}`, (text) => setFrontmatterValue(text, field, value, parseYaml));
    if (written) this.writtenNotice(done(file.basename), written);
  }

  /** "Create person note" from the selection or the unresolved link under the cursor. */
  async createPerson(editor: Editor, source: TFile | null): Promise<void> {
    const selection = editor.getSelection().trim();
    const name = selection || linkUnderCursor(editor);
    if (!name) {
      new Notice("Select a name, or click in a link, to create a person note.");
      return;
    }
    await this.createPersonNote(name, source?.path ?? "", () => {
      if (selection) editor.replaceSelection(personLink(name));
    });
  }

  /** Creates the person note for a name typed after `@`; the suggestion writes the link itself. */
  createPersonNamed(name: string): Promise<void> {
    return this.createPersonNote(name, "");
  }

  /** Creates `name`'s note in the folder for new people, unless the name cannot be a note or is taken; then runs `created`. */
  private async createPersonNote(name: string, sourcePath: string, created?: () => void): Promise<void> {
    if (FORBIDDEN_IN_NAMES.test(name)) {
      new Notice(`"${name}" cannot be a note name: it has one of \\ / : * ? " < > | # ^ [ ].`);
      return;
    }
    const existing = this.app.metadataCache.getFirstLinkpathDest(name, sourcePath);
    if (existing) {
      new Notice(`${existing.path} already exists.`);
      return;
    }
    const { newPersonFolder, personRules } = this.host.settings;
    const where = vaultPath(`${newPersonFolder}/${name}.md`);
    if ("problem" in where) {
      new Notice(`Rapport did not create ${name}: the folder for new people ("${newPersonFolder}", in Rapport's settings) gives a path it will not write: ${where.problem}.`);
      return;
    }
    const written = await this.host.writer.create(where.path, personNote(name, personRules[0] ?? DEFAULT_PERSON_RULES[0]!), "create");
    if (!written) return;
    created?.();
    this.writtenNotice(`Created ${where.path}.`, written);
  }

  showTimeline(path: string): void {
    const name = this.host.model().get(path)?.basename ?? path;
    const entries = timeline(this.host.model(), path).map((e) => ({
      label: `${e.date ?? "undated"} ${e.kind === "interaction" ? "" : `(${e.status ?? ""} promise)`}`.trim(),
      text: e.text,
      path: e.path,
      line: e.line,
    }));
    new ListModal(this.app, `${name}: timeline`, entries, "Nothing logged with this person yet.").open();
  }

  showProblems(): void {
    const problems = this.host.report()?.problems ?? [];
    const entries = problems.map((p) => ({ label: "", text: p.message, path: p.path, line: p.line }));
    new ListModal(this.app, "Problems in your notes", entries, "No problems.").open();
  }

  /** "Mark commitment done" on the task under the cursor. */
  async markDoneAtCursor(editor: Editor, file: TFile): Promise<void> {
    const index = editor.getCursor().line;
    const line = editor.getLine(index);
    if (markTaskDone(line, today()) === null) {
      new Notice("There is no open task on this line.");
      return;
    }
    await this.markLineDone(file, (text) => (lineAt(text, index) === line ? index : null));
  }

  /** The sidebar's Done: only on the line the row was made from, wherever it has moved. */
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

  /**
   * Marks done the task on the line `locate` finds in the note's current text: `[x]` and `✅ today`, or,
   * for a recurring task, what the Tasks plugin writes (its next occurrence too).
   */
  private async markLineDone(file: TFile, locate: (text: string) => number | null, words?: string): Promise<void> {
    const tasks = tasksApi(this.app);
    const written = await this.host.writer.change(file, "mark the task done", (text) => {
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
    if (written) this.writtenNotice(`Done: ${words ?? "the task"}.`, written);
  }

  /** The sidebar's Open on a promise: its line, wherever it has moved, or the note with a word why. */
  async openCommitment(commitment: CommitmentRow, newTab: boolean): Promise<void> {
    const file = this.app.vault.getFileByPath(commitment.path);
    if (!file) return;
    const index = findLine(await this.currentText(file), commitment.line, commitment.lineText);
    if (index === null) new Notice(TASK_CHANGED);
    await this.openAt(file.path, index === null ? commitment.line : index + 1, newTab);
  }

  async undoLast(): Promise<void> {
    const write = this.host.writer.journal.takeLast();
    if (write) await this.host.writer.undo(write);
    else new Notice("Rapport has made no change to undo.");
  }

  isPerson(file: TFile): boolean {
    return this.host.model().get(file.path)?.person != null;
  }

  /** The person row of a note, or a notice that it is not a person. */
  personAt(file: TFile | null): PersonRow | null {
    const row = file ? this.host.report()?.people.find((p) => p.path === file.path) : undefined;
    if (!row) new Notice("This note is not a person note.");
    return row ?? null;
  }

  private writtenNotice(message: string, written: Written): void {
    noticeWithActions(message, [["Undo", () => safely("undo", () => this.host.writer.undo(written.write))]]);
  }

  /** The note's text as the user has it: the editor's when it is open (typing not yet saved included). */
  private async currentText(file: TFile): Promise<string> {
    return this.host.writer.editorOf(file)?.getValue() ?? (await this.app.vault.read(file));
  }

  private async openAt(path: string, line: number, newTab: boolean): Promise<void> {
    await this.app.workspace.openLinkText(path, "", newTab, { eState: { line: line - 1 } });
  }
}

function isDate(text: string): boolean {
  return parseIsoDate(text.trim()) !== null;
}

function snoozeOptions(): Array<[string, IsoDate]> {
  return [
    ["For a week", fromToday(1, "week")],
    ["For a month", fromToday(1, "month")],
  ];
}

/** The target of the wikilink the cursor is in, when it is one. */
function linkUnderCursor(editor: Editor): string | null {
  const { line, ch } = editor.getCursor();
  const link = scanInline(editor.getLine(line)).links.find((l) => !l.embed && ch >= l.start && ch <= l.end);
  return link?.target ?? null;
}
