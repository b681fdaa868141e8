/**
 * The pieces of Obsidian's own side panes (Backlinks, Outline, Search) that Rapport's views are made of:
 * collapsible sections with the chevron and a count on the right, and icon buttons with an aria-label.
 * Built with Obsidian's classes, so every theme styles them as it styles those panes.
 */
import { setIcon } from "obsidian";

export interface SectionOptions {
  title: string;
  count: number;
  collapsed: boolean;
  onToggle(collapsed: boolean): void;
  /** Fills the section's children; called only while it is expanded. */
  fill(children: HTMLElement): void;
}

/** A section whose header folds it, by click or by Enter or Space, as Obsidian's panes do. */
export function collapsibleSection(parent: HTMLElement, options: SectionOptions): HTMLElement {
  const section = parent.createDiv({ cls: "tree-item rapport-section" });
  section.toggleClass("is-collapsed", options.collapsed);
  const header = section.createDiv({
    cls: "tree-item-self is-clickable rapport-section-header",
    attr: { role: "button", tabindex: "0", "aria-expanded": String(!options.collapsed) },
  });
  const chevron = header.createDiv({ cls: "tree-item-icon collapse-icon" });
  chevron.toggleClass("is-collapsed", options.collapsed);
  setIcon(chevron, "right-triangle");
  header.createDiv({ cls: "tree-item-inner rapport-section-title", text: options.title });
  header.createDiv({ cls: "tree-item-flair-outer" }).createSpan({ cls: "tree-item-flair rapport-count", text: String(options.count) });
  const toggle = () => options.onToggle(!options.collapsed);
  header.addEventListener("click", toggle);
  header.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    toggle();
  });
  if (!options.collapsed) options.fill(section.createDiv({ cls: "tree-item-children rapport-rows" }));
  return section;
}

/** A small icon button, named for screen readers and tooltips. */
export function iconButton(parent: HTMLElement, icon: string, label: string, onClick: (event: MouseEvent) => void): HTMLElement {
  const button = parent.createDiv({ cls: "clickable-icon rapport-icon-button", attr: { role: "button", tabindex: "0", "aria-label": label } });
  setIcon(button, icon);
  button.addEventListener("click", (event) => {
    // The row under the button opens its note on click; the button is its own action.
    event.stopPropagation();
    onClick(event);
  });
  button.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    event.stopPropagation();
    button.click();
  });
  return button;
}
