/** A list of lines in notes (a person's timeline, the problems found), each opening its note at its line. */
import { Keymap, Modal, type App } from "obsidian";

export interface ListEntry {
  label: string;
  text: string;
  path: string;
  line: number | null;
}

export class ListModal extends Modal {
  constructor(
    app: App,
    private readonly heading: string,
    private readonly entries: ListEntry[],
    private readonly emptyText: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    if (this.entries.length === 0) {
      this.contentEl.createEl("p", { text: this.emptyText });
      return;
    }
    const list = this.contentEl.createDiv({ cls: "rapport-list" });
    for (const entry of this.entries) {
      const row = list.createDiv({ cls: "rapport-list-row" });
      row.createSpan({ cls: "rapport-list-label", text: entry.label });
      row.createSpan({ cls: "rapport-list-text", text: entry.text });
      const where = entry.line === null ? entry.path : `${entry.path}:${entry.line}`;
      const link = row.createEl("a", { cls: "internal-link rapport-list-link", text: where, attr: { href: entry.path, tabindex: "0" } });
      const open = (event: MouseEvent | KeyboardEvent) => {
        event.preventDefault();
        this.close();
        const eState = entry.line === null ? undefined : { line: entry.line - 1 };
        void this.app.workspace.openLinkText(entry.path, "", Keymap.isModEvent(event), eState ? { eState } : undefined);
      };
      link.addEventListener("click", open);
      link.addEventListener("keydown", (event) => event.key === "Enter" && open(event));
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
