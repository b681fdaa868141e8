/**
 * What the commands, the rows' menus and the person panel do to a person's note: snooze, cadence, group,
 * and finding whom a command is about. Each write is a pure change of the note's text (core/edit)
 * applied by the NoteWriter, and says what it did in a notice with Undo. What is written in today's
 * note about them is daily-log.ts's.
 */
import { Menu, Notice, moment, parseYaml, type App } from "obsidian";
import { ISO_DATE_FORMAT, parseIsoDate, type IsoDate } from "../core/calendar/dates";
import { propertyValue, setFrontmatterValue } from "../core/edit/frontmatter-edit";
import { addToFrontmatterList } from "../core/edit/frontmatter-list";
import { describeValue } from "../core/text/describe-value";
import type { Model } from "../core/index/model";
import { cadencePreview } from "../core/report/cadence-preview";
import type { DueReport } from "../core/report/due-report";
import type { RapportSettings } from "../core/saved-settings";
import { ChoiceModal } from "./modals/choice-modal";
import { FormModal } from "./modals/form-modal";
import { GroupPicker } from "./modals/group-picker";
import { ListModal } from "./modals/list-modal";
import { PersonPicker } from "./modals/person-picker";
import { personChoices } from "./people-search";
import type { PersonRef } from "./person-ref";
import { safely } from "./safely";
import { today } from "./today";
import type { Change, NoteWriter } from "./writes/note-writer";
import { writtenNotice } from "./writes/written-notice";

/** What the actions need from the plugin. */
export interface ActionHost {
  app: App;
  settings: RapportSettings;
  writer: NoteWriter;
  model(): Model;
  report(): DueReport | null;
  saveSettings(): Promise<void>;
}

/** A day from today, as moment adds (a month after 31 January is 28 February). */
function fromToday(amount: number, unit: "week" | "month"): IsoDate {
  return moment().add(amount, unit).format(ISO_DATE_FORMAT);
}

export class Actions {
  constructor(private readonly host: ActionHost) {}

  private get app(): App {
    return this.host.app;
  }

  /** The person whose note is active, or null. */
  activePerson(): PersonRef | null {
    const file = this.app.workspace.getActiveFile();
    const person = file ? this.host.model().get(file.path)?.person : null;
    return person && file ? { name: person.name, path: file.path } : null;
  }

  /** Runs `then` for the active note's person, or for the person picked when the active note is no person. */
  withPerson(question: string, then: (person: PersonRef) => void): void {
    const active = this.activePerson();
    if (active) then(active);
    else new PersonPicker(this.app, personChoices(this.host.report()), question, (choice) => then({ name: choice.name, path: choice.path })).open();
  }

  /** The snooze items of a person's menu: lengths, a date, or End snooze when snoozed. */
  snoozeItems(menu: Menu, person: PersonRef): void {
    for (const [title, until] of this.snoozeOptions()) {
      menu.addItem((item) =>
        item
          .setTitle(title)
          .setIcon("alarm-clock-off")
          .setSection("snooze")
          .onClick(() => (until === null ? this.snoozeUntilPicked(person) : safely("snooze", () => this.snooze(person.path, until)))),
      );
    }
    if (this.snoozedUntil(person.path)) menu.addItem((item) => item.setTitle("End snooze").setIcon("alarm-clock").setSection("snooze").onClick(() => safely("end the snooze", () => this.endSnooze(person.path))));
  }

  /** Snooze choices as a menu at the pointer (a row's snooze button). */
  snoozeMenu(person: PersonRef, event: MouseEvent): void {
    const menu = new Menu();
    this.snoozeItems(menu, person);
    menu.showAtMouseEvent(event);
  }

  /** Snooze choices as a list (from the command palette). */
  snoozeChooser(person: PersonRef): void {
    const options: Array<[string, () => void]> = this.snoozeOptions().map(([title, until]) => [
      title,
      () => (until === null ? this.snoozeUntilPicked(person) : safely("snooze", () => this.snooze(person.path, until))),
    ]);
    if (this.snoozedUntil(person.path)) options.push(["End snooze", () => safely("end the snooze", () => this.endSnooze(person.path))]);
    new ChoiceModal(this.app, options, (run) => run()).open();
  }

  private snoozeOptions(): Array<[string, IsoDate | null]> {
    return [
      ["Snooze for a week", fromToday(1, "week")],
      ["Snooze for a month", fromToday(1, "month")],
      ["Snooze until a date…", null],
    ];
  }

  private snoozedUntil(path: string): IsoDate | null {
    const row = this.host.report()?.people.find((p) => p.path === path);
    return row?.status === "snoozed" ? row.snoozeUntil : null;
  }

  private snoozeUntilPicked(person: PersonRef): void {
    new FormModal(
      this.app,
      `Snooze ${person.name}`,
      [{ name: "Until", type: "date", value: fromToday(1, "week") }],
      ([until = ""]) => {
        if (!isDate(until)) return "!Pick a date.";
        return until <= today() ? "!Pick a day after today." : `Hidden from "due" until ${until}.`;
      },
      ([until = ""]) => safely("snooze", () => this.snooze(person.path, until)),
    ).open();
  }

  async snooze(path: string, until: IsoDate): Promise<void> {
    await this.setProperty(path, this.host.settings.fields.snoozeUntil, until, (name) => `Snoozed ${name} until ${until}.`);
  }

  async endSnooze(path: string): Promise<void> {
    await this.setProperty(path, this.host.settings.fields.snoozeUntil, null, (name) => `${name} is no longer snoozed.`);
  }

  /** "Set cadence": validates as you type and shows the next check-in before saving. */
  setCadence(person: PersonRef): void {
    const current = this.host.model().get(person.path)?.person?.cadenceWritten ?? "";
    const lastContact = this.host.report()?.people.find((p) => p.path === person.path)?.lastContact ?? null;
    new FormModal(
      this.app,
      `Cadence for ${person.name}`,
      [{ name: "Cadence", description: 'For example "every 2 weeks", "monthly", "every month on the 1st", or "none".', value: current }],
      ([text = ""]) => {
        const preview = cadencePreview(text, lastContact, today(), this.host.model().cadences);
        return preview.valid ? preview.message : `!${preview.message}`;
      },
      ([text = ""]) => safely("set the cadence", () => this.setCadenceTo(person.path, text.trim())),
    ).open();
  }

  /**
   * Writes a cadence. `onlyIfNone` (triage, whose list may be minutes old) refuses when the note has one
   * by the time of writing, whatever the index knows yet.
   */
  async setCadenceTo(path: string, cadence: string, onlyIfNone = false): Promise<void> {
    const field = this.host.settings.fields.cadence;
    const done = (name: string) => (cadence === "none" ? `${name} is not tracked now.` : `Cadence of ${name}: ${cadence}.`);
    await this.editFrontmatter(
      path,
      `set ${field}`,
      (text) => {
        const current = onlyIfNone ? propertyValue(text, field, parseYaml) : { value: undefined };
        if ("value" in current && current.value !== undefined && current.value !== null && current.value !== "") return { refused: `it has a cadence now (${typeof current.value === "string" ? current.value : describeValue(current.value)}), left as it is` };
        return setFrontmatterValue(text, field, cadence, parseYaml);
      },
      done,
    );
  }

  /** Asks which group, then adds the person to it; false when the question was dismissed. */
  addToGroup(person: PersonRef): Promise<boolean> {
    const groups = [...new Set(this.host.report()?.people.flatMap((p) => p.groups) ?? [])].sort();
    return new Promise((resolve) => {
      new GroupPicker(this.app, groups, (group) => {
        if (group === null) return resolve(false);
        void safely("add to the group", async () => {
          await this.addToList(person.path, this.host.settings.fields.groups, group, (name) => `Added ${name} to ${group}.`);
          resolve(true);
        });
      }).open();
    });
  }

  /** Triage's "Ignore": the name is not asked about again (Rapport's settings keep it). */
  async ignoreName(name: string): Promise<void> {
    if (!this.host.settings.ignoredNames.includes(name)) this.host.settings.ignoredNames.push(name);
    await this.host.saveSettings();
    new Notice(`Rapport will not ask about "${name}" again (Rapport's settings list ignored names).`);
  }

  showProblems(): void {
    const problems = this.host.report()?.problems ?? [];
    const entries = problems.map((p) => ({ label: "", text: p.message, path: p.path, line: p.line }));
    new ListModal(this.app, "Problems in your notes", entries, "No problems.").open();
  }

  async undoLast(): Promise<void> {
    const write = this.host.writer.journal.takeLast();
    if (write) await this.host.writer.undo(write);
    else new Notice("Rapport has made no change to undo.");
  }

  /** Sets one frontmatter property by an exact line edit (never a note whose frontmatter does not parse). */
  private async setProperty(path: string, field: string, value: string | null, done: (name: string) => string): Promise<void> {
    await this.editFrontmatter(path, `set ${field}`, (text) => setFrontmatterValue(text, field, value, parseYaml), done);
  }

  private async addToList(path: string, field: string, value: string, done: (name: string) => string): Promise<void> {
    await this.editFrontmatter(path, `add to ${field}`, (text) => addToFrontmatterList(text, field, value, parseYaml), done);
  }

  private async editFrontmatter(path: string, what: string, change: (text: string) => Change, done: (name: string) => string): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return;
    if (this.host.model().get(path)?.brokenFrontmatter) {
      new Notice(`Rapport did not change ${path}: its frontmatter does not parse. Fix it first.`);
      return;
    }
    const written = await this.host.writer.change(file, what, change);
    if (written) writtenNotice(this.host.writer, done(file.basename), written);
  }
}

function isDate(text: string): boolean {
  return parseIsoDate(text.trim()) !== null;
}
