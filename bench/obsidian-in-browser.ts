/**
 * What the sidebar's content needs of the `obsidian` module while it is built, for the bench's browser
 * bundle (the stand-in reads files with Node and cannot go to a browser): icons as Obsidian marks them,
 * and a menu that is only made when a row is right-clicked, which the bench never does.
 */
export function setIcon(el: HTMLElement, icon: string): void {
  el.setAttribute("data-icon", icon);
}

export class Menu {}
