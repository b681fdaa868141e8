/** What the commands and the sidebar's buttons do. Each write goes through writes.ts. */
import { MarkdownView, Menu, Notice, moment, normalizePath, type App, type Editor, type TFile } from "obsidian";
import { cadencePreview } from "../core/report/cadence-preview";
import { ISO_DATE_FORMAT, parseIsoDate, type IsoDate } from "../core/calendar/dates";
import type { CommitmentRow, DueReport, PersonRow } from "../core/report/due-report";
import { commitmentLine, interactionLine, markTaskDone, personLink } from "../core/edit/note-edit";
import { timeline } from "../core/report/timeline";
import type { Model } from "../core/index/model";
import { todaysNote } from "./daily-notes";
import { ChoiceModal } from "./modals/choice-modal";
import { FormModal } from "./modals/form-modal";
import { ListModal } from "./modals/list-modal";
import { PersonPicker } from "./modals/person-picker";
import { personChoices, type PersonChoice } from "./people-search";
import type { RapportSettings } from "../core/saved-settings";
import { appendToNote, markDoneInNote, setFrontmatterField } from "./writes";
import type { DailyNoteSetup } from "../core/parse/daily-note-config";

/** What the actions need from the plugin. */
export interface ActionHost {
  app: App;
  settings: RapportSettings;
  model(): Model;
  report(): DueReport | null;
  dailyNotes(): DailyNoteSetup;
}

export function today(): IsoDate {
  return moment().format(ISO_DATE_FORMAT);
}

/** A day from today, as moment adds (a month after 31 January is 28 February). */
function fromToday(amount: number, unit: "week" | "month"): IsoDate {
  return moment().add(amount, unit).format(ISO_DATE_FORMAT);
}

const FORBIDDEN_IN_NAMES = /[\\/:*?"<>|#^[\]]/;

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
    const file = await todaysNote(this.app, this.host.dailyNotes());
    const at = await appendToNote(this.app, file, line);
    if (at === null) return;
    const leaf = this.app.workspace.getLeaf(false);
    await leaf.openFile(file);
    if (leaf.view instanceof MarkdownView) {
      leaf.view.editor.setCursor({ line: at, ch: line.length });
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
      ([what = "", due = ""]) => void this.appendToToday(commitmentLine(choice.name, what, due || null)),
      "Add",
    ).open();
  }

  private async appendToToday(line: string): Promise<void> {
    const file = await todaysNote(this.app, this.host.dailyNotes());
    if ((await appendToNote(this.app, file, line)) !== null) new Notice(`Added to ${file.basename}.`);
  }

  /** Snooze choices as a menu at the pointer (from the sidebar). */
  snoozeMenu(person: PersonRow, event: MouseEvent): void {
    const menu = new Menu();
    for (const [title, until] of snoozeOptions()) menu.addItem((item) => item.setTitle(title).onClick(() => void this.snooze(person.path, until)));
    menu.addItem((item) => item.setTitle("Until a date…").onClick(() => this.snoozeUntilPicked(person.path, person.name)));
    menu.showAtMouseEvent(event);
  }

  /** Snooze choices as a list (from the command palette). */
  snoozeChooser(choice: PersonChoice): void {
    const options: Array<[string, IsoDate | null]> = [...snoozeOptions(), ["Until a date…", null]];
    new ChoiceModal(this.app, options, (until) => (until ? void this.snooze(choice.path, until) : this.snoozeUntilPicked(choice.path, choice.name))).open();
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
      ([until = ""]) => void this.snooze(path, until),
    ).open();
  }

  async snooze(path: string, until: IsoDate): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return;
    if (await setFrontmatterField(this.app, this.host.model(), file, this.host.settings.fields.snoozeUntil, until)) {
      new Notice(`Snoozed ${file.basename} until ${until}.`);
    }
  }

  /** "Set cadence of this person": validates as you type and shows the next check-in before saving. */
  setCadence(file: TFile): void {
    const person = this.personAt(file);
    if (!person) return;
    const current = this.host.model().get(file.path)?.person?.cadenceWritten ?? "";
    new FormModal(
      this.app,
      `Cadence for ${person.name}`,
      [{ name: "Cadence", description: 'For example "every 2 weeks", "monthly", "every month on the 1st".', value: current }],
      ([text = ""]) => {
        const preview = cadencePreview(text, person.lastContact, today(), this.host.model().cadences);
        return preview.valid ? preview.message : `!${preview.message}`;
      },
      ([text = ""]) => void setFrontmatterField(this.app, this.host.model(), file, this.host.settings.fields.cadence, text.trim()),
    ).open();
  }

  /** "Create person note" from the selection or the unresolved link under the cursor. */
  async createPerson(editor: Editor, source: TFile | null): Promise<void> {
    const selection = editor.getSelection().trim();
    const name = selection || linkUnderCursor(editor);
    if (!name) {
      new Notice("Select a name, or click in a link, to create a person note.");
      return;
    }
    if (FORBIDDEN_IN_NAMES.test(name)) {
      new Notice(`"${name}" cannot be a note name: it has one of \\ / : * ? " < > | # ^ [ ].`);
      return;
    }
    const existing = this.app.metadataCache.getFirstLinkpathDest(name, source?.path ?? "");
    if (existing) {
      new Notice(`${existing.path} already exists.`);
      return;
    }
    const { newPersonFolder, personType, fields } = this.host.settings;
    const folder = normalizePath(newPersonFolder);
    const path = normalizePath(`${newPersonFolder}/${name}.md`);
    if (folder !== "/" && folder !== "" && !this.app.vault.getFolderByPath(folder)) await this.app.vault.createFolder(folder);
    await this.app.vault.create(path, `---\n${fields.type}: ${personType}\n---\n# ${name}\n`);
    if (selection) editor.replaceSelection(personLink(name));
    new Notice(`Created ${path}.`);
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
  markDoneAtCursor(editor: Editor): void {
    const line = editor.getCursor().line;
    const done = markTaskDone(editor.getLine(line), today());
    if (done === null) new Notice("There is no open task on this line.");
    else editor.setLine(line, done);
  }

  async markCommitmentDone(commitment: CommitmentRow): Promise<void> {
    const file = this.app.vault.getFileByPath(commitment.path);
    const person = this.host.model().get(commitment.personPath)?.person;
    if (!file) return;
    const mentions = commitment.path === commitment.personPath ? [] : [person?.name ?? commitment.person, ...(person?.aliases ?? [])];
    if (await markDoneInNote(this.app, file, commitment.line, mentions, today())) new Notice(`Done: ${commitment.text}`);
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
  for (const m of editor.getLine(line).matchAll(/\[\[([^[\]]+?)\]\]/g)) {
    const start = m.index;
    if (ch >= start && ch <= start + m[0].length) return (m[1] ?? "").split(/[|#]/)[0]?.trim() || null;
  }
  return null;
}
