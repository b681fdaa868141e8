/** A small form in a modal: labelled text fields, a live note under them, and a save button. */
import { Modal, Setting, type App } from "obsidian";

export interface FormField {
  name: string;
  description?: string;
  value?: string;
  placeholder?: string;
  /** "date" gives the platform's date picker. */
  type?: "text" | "date";
}

export class FormModal extends Modal {
  private readonly values: string[];
  private hint!: HTMLElement;
  private saveButton!: HTMLButtonElement;

  constructor(
    app: App,
    private readonly heading: string,
    private readonly fields: FormField[],
    /** Describes the values as they are typed; a string starting "!" disables saving. */
    private readonly describe: (values: string[]) => string,
    private readonly onSave: (values: string[]) => void,
    private readonly saveText = "Save",
  ) {
    super(app);
    this.values = fields.map((f) => f.value ?? "");
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    this.fields.forEach((field, i) => {
      new Setting(this.contentEl)
        .setName(field.name)
        .setDesc(field.description ?? "")
        .addText((text) => {
          text.inputEl.type = field.type ?? "text";
          text.setPlaceholder(field.placeholder ?? "").setValue(this.values[i] ?? "");
          text.onChange((value) => {
            this.values[i] = value;
            this.update();
          });
          if (i === 0) window.setTimeout(() => text.inputEl.focus(), 0);
        });
    });
    this.hint = this.contentEl.createDiv({ cls: "rapport-form-hint" });
    new Setting(this.contentEl).addButton((b) => {
      b.setButtonText(this.saveText).setCta().onClick(() => this.save());
      this.saveButton = b.buttonEl;
    });
    this.contentEl.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.isComposing) this.save();
    });
    this.update();
  }

  /** The values as typed so far (for tests and callers that fill the form). */
  setValues(values: string[]): void {
    values.forEach((v, i) => (this.values[i] = v));
    this.update();
  }

  save(): void {
    if (this.describe(this.values).startsWith("!")) return;
    this.close();
    this.onSave([...this.values]);
  }

  private update(): void {
    const text = this.describe(this.values);
    const invalid = text.startsWith("!");
    this.hint.setText(invalid ? text.slice(1) : text);
    this.hint.toggleClass("is-invalid", invalid);
    this.saveButton.disabled = invalid;
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
