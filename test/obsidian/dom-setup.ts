/**
 * Obsidian's DOM helpers (createEl, createDiv, empty, setText, ...), added to a real DOM (happy-dom) as
 * the app adds them. Guarded: in a `node` environment there is no HTMLElement and nothing is added.
 */
export {};

interface DomElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  value?: string;
  type?: string;
  href?: string;
  placeholder?: string;
}

type Maker = (tag: string, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void) => HTMLElement;

if (typeof HTMLElement !== "undefined") {
  const make = (parent: Node | null, tag: string, o?: DomElementInfo | string, callback?: (el: HTMLElement) => void): HTMLElement => {
    const el = document.createElement(tag);
    const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
    const classes = Array.isArray(info.cls) ? info.cls.join(" ") : (info.cls ?? "");
    if (classes !== "") el.className = classes;
    if (info.text !== undefined) el.textContent = info.text;
    if (info.title !== undefined) el.title = info.title;
    for (const [key, value] of Object.entries(info.attr ?? {})) if (value !== null && value !== false) el.setAttribute(key, String(value));
    for (const key of ["value", "type", "href", "placeholder"] as const) {
      const value = info[key];
      if (value !== undefined) el.setAttribute(key, value);
      if (key === "value" && value !== undefined) (el as HTMLInputElement).value = value;
    }
    parent?.appendChild(el);
    callback?.(el);
    return el;
  };
  const proto = Node.prototype as unknown as Record<string, unknown>;
  proto.createEl = function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this, tag, o, cb);
  };
  proto.createDiv = function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this, "div", o, cb);
  };
  proto.createSpan = function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    return make(this, "span", o, cb);
  };
  proto.empty = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  proto.setText = function (this: Node, text: string) {
    this.textContent = text;
  };
  proto.setChildrenInPlace = function (this: Element, children: Node[]) {
    this.replaceChildren(...children);
  };
  const el = HTMLElement.prototype as unknown as Record<string, unknown>;
  el.addClass = function (this: HTMLElement, ...classes: string[]) {
    this.classList.add(...classes);
  };
  el.removeClass = function (this: HTMLElement, ...classes: string[]) {
    this.classList.remove(...classes);
  };
  el.toggleClass = function (this: HTMLElement, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
  };
  el.hasClass = function (this: HTMLElement, c: string) {
    return this.classList.contains(c);
  };
  el.setAttr = function (this: HTMLElement, name: string, value: string | number | boolean | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  };
  el.toggle = function (this: HTMLElement, show: boolean) {
    this.style.display = show ? "" : "none";
  };
  // Obsidian: shown when in the document and neither it nor an ancestor is hidden.
  el.isShown = function (this: HTMLElement) {
    if (!this.isConnected || this.closest(".is-collapsed") !== null || this.style.display === "none") return false;
    for (let node = this.parentElement; node; node = node.parentElement) if (node.style.display === "none") return false;
    return true;
  };
  const global = globalThis as unknown as Record<string, unknown>;
  const createEl: Maker = (tag, o, cb) => make(null, tag, o, cb);
  global.createEl = createEl;
  global.createDiv = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => make(null, "div", o, cb);
  global.createSpan = (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => make(null, "span", o, cb);
  global.createFragment = (cb?: (f: DocumentFragment) => void) => {
    const fragment = document.createDocumentFragment();
    cb?.(fragment);
    return fragment;
  };
}
