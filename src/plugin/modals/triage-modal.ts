/**
 * Triage: one person (or one name not yet a note) at a time, answered with a key. For a person, 1 to 5
 * set a cadence from the presets, G adds them to a group, N writes `cadence: none` (never asked again),
 * S skips. For a name, C creates the person's note, I ignores the name for good, S skips. Every answer
 * is a write with its own Undo; each key also has a button, for phones.
 */
import { Modal, type App } from "obsidian";
import type { TriageItem } from "../../core/report/triage-queue";
import { relativeDay } from "../../core/text/wording";
import type { IsoDate } from "../../core/calendar/dates";
import { noteNameProblem } from "../../core/edit/vault-path";

export interface TriageHost {
  presets: readonly string[];
  today: IsoDate;
  setCadence(path: string, cadence: string): Promise<void>;
  /** Asks which group and adds the person to it; resolves false when the user dismissed the question. */
  addToGroup(path: string, name: string): Promise<boolean>;
  /** False when no note was made (the name cannot be one): the name stays in front of the user. */
  createPerson(name: string): Promise<boolean>;
  ignoreName(name: string): Promise<void>;
}

interface Answer {
  key: string;
  label: string;
  run(): Promise<boolean | void>;
}

export class TriageModal extends Modal {
  private index = 0;
  private answers: Answer[] = [];
  /** An answer is being written: keys pressed meanwhile wait for the next item rather than answer this one twice. */
  private busy = false;

  constructor(
    app: App,
    private readonly queue: TriageItem[],
    private readonly host: TriageHost,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass("rapport-triage");
    // The key alone (or with Shift, for a capital): Ctrl/Cmd+N, +C or +S keep their usual meaning.
    const keys = ["1", "2", "3", "4", "5", "g", "n", "s", "c", "i"];
    for (const key of keys) {
      const answer = () => {
        void this.answer(key);
        return false;
      };
      this.scope.register([], key, answer);
      if (key !== key.toUpperCase()) this.scope.register(["Shift"], key.toUpperCase(), answer);
    }
    this.render();
  }

  /** Runs the answer bound to `key` for the item shown, then shows the next. */
  async answer(key: string): Promise<void> {
    const answer = this.answers.find((a) => a.key === key);
    if (!answer || this.busy) return;
    this.busy = true;
    try {
      if ((await answer.run()) === false) return;
      this.index++;
      this.render();
    } finally {
      this.busy = false;
    }
  }

  private render(): void {
    const { contentEl } = this;
    contentEl.empty();
    const item = this.queue[this.index];
    if (!item) {
      this.setTitle("Triage");
      this.answers = [];
      contentEl.createEl("p", { text: this.queue.length === 0 ? "Nothing to triage: everyone has a cadence." : "All done." });
      const close = contentEl.createEl("button", { cls: "mod-cta", text: "Close" });
      close.addEventListener("click", () => this.close());
      return;
    }
    this.setTitle(`Triage: ${this.index + 1} of ${this.queue.length}`);
    this.answers = item.kind === "person" ? this.personAnswers(item) : this.nameAnswers(item);
    if (item.kind === "person") this.renderPerson(item);
    else this.renderName(item);
    const buttons = contentEl.createDiv({ cls: "rapport-triage-answers" });
    for (const answer of this.answers) {
      const button = buttons.createEl("button", { cls: "rapport-triage-answer" });
      button.createEl("kbd", { text: answer.key.toUpperCase() });
      button.createSpan({ text: ` ${answer.label}` });
      button.addEventListener("click", () => void this.answer(answer.key));
    }
  }

  private renderPerson(item: Extract<TriageItem, { kind: "person" }>): void {
    const { contentEl } = this;
    contentEl.createEl("h3", { cls: "rapport-triage-name", text: item.person.name });
    contentEl.createDiv({ cls: "rapport-triage-question", text: "How often do you want to be in touch?" });
    if (item.recent.length === 0) {
      contentEl.createDiv({ cls: "rapport-status", text: "No contact yet." });
      return;
    }
    const list = contentEl.createDiv({ cls: "rapport-triage-recent" });
    for (const event of item.recent) {
      const line = list.createDiv({ cls: "rapport-triage-contact" });
      line.createSpan({ cls: "rapport-when", text: event.date === null ? "" : `${event.date} (${relativeDay(event.date, this.host.today)})` });
      line.createSpan({ text: ` ${event.text || "(no words)"}` });
    }
  }

  private renderName(item: Extract<TriageItem, { kind: "name" }>): void {
    const { contentEl } = this;
    contentEl.createEl("h3", { cls: "rapport-triage-name", text: item.name });
    const count = item.places.length;
    contentEl.createDiv({ cls: "rapport-triage-question", text: `Linked ${count === 1 ? "once" : `${count} times`} and no note yet. Is this a person?` });
    const list = contentEl.createDiv({ cls: "rapport-triage-recent" });
    for (const place of item.places.slice(0, 3)) list.createDiv({ cls: "rapport-triage-contact", text: `${place.path}, line ${place.line}` });
    const problem = noteNameProblem(item.name);
    if (problem !== null) contentEl.createDiv({ cls: "rapport-status", text: `It cannot be a note's name: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}` });
  }

  private personAnswers(item: Extract<TriageItem, { kind: "person" }>): Answer[] {
    const { path, name } = item.person;
    return [
      ...this.host.presets.slice(0, 5).map((cadence, i): Answer => ({ key: String(i + 1), label: cadence, run: () => this.host.setCadence(path, cadence) })),
      { key: "g", label: "Add to a group…", run: () => this.host.addToGroup(path, name) },
      { key: "n", label: "Not tracked", run: () => this.host.setCadence(path, "none") },
      { key: "s", label: "Skip", run: async () => undefined },
    ];
  }

  private nameAnswers(item: Extract<TriageItem, { kind: "name" }>): Answer[] {
    // A name that cannot be a note's (a link such as [[What?]]) can only be ignored or skipped.
    const create: Answer[] = noteNameProblem(item.name) === null ? [{ key: "c", label: "Create person", run: () => this.host.createPerson(item.name) }] : [];
    return [
      ...create,
      { key: "i", label: "Ignore this name", run: () => this.host.ignoreName(item.name) },
      { key: "s", label: "Skip", run: async () => undefined },
    ];
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
