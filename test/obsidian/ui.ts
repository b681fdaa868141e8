/** Modals, suggesters, settings controls, menus and notices, in a real DOM; tests drive them as a user. */
import type { App } from "./index";

/** A notice: its text is kept in `shown`, and its element (buttons and all) in `all`, newest last. */
export class Notice {
  static shown: string[] = [];
  static all: Notice[] = [];
  noticeEl = createDiv({ cls: "notice" });
  hidden = false;
  constructor(
    message: string | DocumentFragment,
    public duration?: number,
  ) {
    this.setMessage(message);
    // What the notice says, without the words of its buttons.
    const words = Array.from(this.noticeEl.childNodes).filter((node) => node.nodeName !== "BUTTON");
    Notice.shown.push(words.map((node) => node.textContent ?? "").join(""));
    Notice.all.push(this);
  }
  setMessage(message: string | DocumentFragment): this {
    this.noticeEl.empty();
    if (typeof message === "string") this.noticeEl.setText(message);
    else this.noticeEl.appendChild(message);
    return this;
  }
  hide(): void {
    this.hidden = true;
  }
  /** Clicks the notice's button with this text, as a user would. */
  click(text: string): void {
    const button = Array.from(this.noticeEl.querySelectorAll("button")).find((b) => b.textContent === text);
    if (!button) throw new Error(`no "${text}" button in the notice "${this.noticeEl.textContent ?? ""}"`);
    button.click();
  }
}

/** Keys a modal or view handles, as Obsidian's Scope holds them; `press` is what a user's keystroke does. */
export class Scope {
  private handlers: Array<{ modifiers: string[] | null; key: string | null; func: (evt: KeyboardEvent, ctx: unknown) => unknown }> = [];
  register(modifiers: string[] | null, key: string | null, func: (evt: KeyboardEvent, ctx: unknown) => unknown): unknown {
    const handler = { modifiers, key, func };
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: unknown): void {
    this.handlers = this.handlers.filter((h) => h !== handler);
  }
  /**
   * A key pressed, with Shift for a capital unless `modifiers` says otherwise: the first handler registered
   * for that key with exactly those modifiers (or for any modifiers, with null) runs, as in Obsidian.
   */
  press(key: string, modifiers: string[] = key !== key.toLowerCase() ? ["Shift"] : []): boolean {
    const same = (a: string[]) => a.length === modifiers.length && a.every((m) => modifiers.includes(m));
    const handler = this.handlers.find((h) => h.key === key && (h.modifiers === null || same(h.modifiers)));
    if (!handler) return false;
    handler.func(new KeyboardEvent("keydown", { key, shiftKey: modifiers.includes("Shift"), ctrlKey: modifiers.includes("Mod") }), { key, modifiers: modifiers.join(",") });
    return true;
  }
}

export class Modal {
  static openModals: Modal[] = [];
  scope = new Scope();
  containerEl = createDiv({ cls: "modal-container" });
  modalEl = this.containerEl.createDiv({ cls: "modal" });
  titleEl = this.modalEl.createDiv({ cls: "modal-title" });
  contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  constructor(public app: App) {}
  open(): void {
    document.body.appendChild(this.containerEl);
    Modal.openModals.push(this);
    this.onOpen();
  }
  close(): void {
    this.containerEl.remove();
    Modal.openModals = Modal.openModals.filter((m) => m !== this);
    this.onClose();
  }
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  onOpen(): void {}
  onClose(): void {}
}

export abstract class SuggestModal<T> extends Modal {
  inputEl = this.modalEl.createEl("input", { cls: "prompt-input" });
  emptyStateText = "";
  limit = 50;
  placeholder = "";
  setPlaceholder(text: string): void {
    this.placeholder = text;
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
  /** What a user sees after typing `query`: each suggestion as rendered. */
  async shown(query: string): Promise<Array<{ item: T; text: string }>> {
    return (await this.getSuggestions(query)).slice(0, this.limit).map((item) => {
      const el = createDiv();
      this.renderSuggestion(item, el);
      return { item, text: Array.from(el.childNodes, (node) => node.textContent ?? "").join(" | ") };
    });
  }
  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }
}

export abstract class EditorSuggest<T> {
  context: { editor: unknown; start: unknown; end: unknown; query: string; file: unknown } | null = null;
  limit = 100;
  constructor(public app: App) {}
  close(): void {
    this.context = null;
  }
  abstract onTrigger(cursor: unknown, editor: unknown, file: unknown): { start: unknown; end: unknown; query: string } | null;
  abstract getSuggestions(context: unknown): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export class TextComponent {
  inputEl: HTMLInputElement;
  private handler: (value: string) => unknown = () => undefined;
  constructor(parent: HTMLElement) {
    this.inputEl = parent.createEl("input", { type: "text" });
    this.inputEl.addEventListener("input", () => this.handler(this.inputEl.value));
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setPlaceholder(text: string): this {
    this.inputEl.placeholder = text;
    return this;
  }
  onChange(handler: (value: string) => unknown): this {
    this.handler = handler;
    return this;
  }
}

export class ToggleComponent {
  toggleEl: HTMLElement;
  private value = false;
  private handler: (value: boolean) => unknown = () => undefined;
  constructor(parent: HTMLElement) {
    this.toggleEl = parent.createDiv({ cls: "checkbox-container" });
    this.toggleEl.addEventListener("click", () => {
      this.setValue(!this.value);
      this.handler(this.value);
    });
  }
  setValue(value: boolean): this {
    this.value = value;
    this.toggleEl.toggleClass("is-enabled", value);
    return this;
  }
  getValue(): boolean {
    return this.value;
  }
  onChange(handler: (value: boolean) => unknown): this {
    this.handler = handler;
    return this;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  constructor(parent: HTMLElement) {
    this.buttonEl = parent.createEl("button");
  }
  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  onClick(handler: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => handler(evt));
    return this;
  }
}

export class ExtraButtonComponent {
  extraSettingsEl: HTMLElement;
  constructor(parent: HTMLElement) {
    this.extraSettingsEl = parent.createEl("button", { cls: "clickable-icon extra-setting-button" });
  }
  setIcon(icon: string): this {
    this.extraSettingsEl.setAttribute("data-icon", icon);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.extraSettingsEl.setAttribute("aria-label", tooltip);
    return this;
  }
  onClick(handler: () => unknown): this {
    this.extraSettingsEl.addEventListener("click", () => handler());
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  constructor(parent: HTMLElement) {
    this.settingEl = parent.createDiv({ cls: "setting-item" });
    const info = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = info.createDiv({ cls: "setting-item-name" });
    this.descEl = info.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string): this {
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string): this {
    this.descEl.setText(desc);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  addText(cb: (text: TextComponent) => unknown): this {
    cb(new TextComponent(this.controlEl));
    return this;
  }
  addToggle(cb: (toggle: ToggleComponent) => unknown): this {
    cb(new ToggleComponent(this.controlEl));
    return this;
  }
  addButton(cb: (button: ButtonComponent) => unknown): this {
    cb(new ButtonComponent(this.controlEl));
    return this;
  }
  addExtraButton(cb: (button: ExtraButtonComponent) => unknown): this {
    cb(new ExtraButtonComponent(this.controlEl));
    return this;
  }
}

export class PluginSettingTab {
  containerEl = createDiv({ cls: "vertical-tab-content" });
  constructor(
    public app: App,
    public plugin: unknown,
  ) {}
  display(): void {}
  hide(): void {}
}

export class MenuItem {
  title = "";
  icon = "";
  checked = false;
  section = "";
  callback: (evt: MouseEvent | KeyboardEvent) => unknown = () => undefined;
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked === true;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
}

export class Menu {
  static lastShown: Menu | null = null;
  items: MenuItem[] = [];
  /** Separators, by the number of items above them. */
  separators: number[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    this.separators.push(this.items.length);
    return this;
  }
  showAtMouseEvent(_evt: MouseEvent): this {
    Menu.lastShown = this;
    return this;
  }
  showAtPosition(_position: { x: number; y: number }): this {
    Menu.lastShown = this;
    return this;
  }
  /** Clicks the item with this title, as a user would. */
  click(title: string): void {
    const item = this.items.find((i) => i.title === title);
    if (!item) throw new Error(`no "${title}" in the menu: ${this.items.map((i) => i.title).join(", ")}`);
    void item.callback(new MouseEvent("click"));
  }
}
