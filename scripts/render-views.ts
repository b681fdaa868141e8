/**
 * Renders Rapport's three faces for the README (the sidebar, the person panel on Alice Chen, triage) as
 * the real plugin builds them on a copy of examples/vault, in the obsidian stand-in with happy-dom, then
 * writes each as a standalone HTML page, light and dark, with styles.css and a stand-in of Obsidian's
 * default theme (screenshot-theme.css). scripts/screenshot.mjs bundles this with the stand-in in place of
 * `obsidian` and shoots the pages with headless Chromium.
 *
 * Usage (bundled): node bundle.mjs OUT_DIR [YYYY-MM-DD]
 */
import "./happy-globals";
import "../test/obsidian/dom-setup";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RapportPlugin from "../src/plugin/main";
import { App, Modal, type Component, type ItemView } from "../test/obsidian/index";
import { iconSvg } from "./screenshot-icons";

const [outDir = "screenshots", today = "2026-11-23"] = process.argv.slice(2);

// The example vault is dated around 23 November 2026: show it as it looks that morning, whatever the date
// today. Only Date is shifted (moment and the plugin read the clock through it); timers stay real, so the
// plugin's debounces run. The clock still ticks from 09:30, as it would that morning.
const RealDate = Date;
const shift = new RealDate(`${today}T09:30:00`).getTime() - RealDate.now();
class PinnedDate extends RealDate {
  constructor(...args: unknown[]) {
    super(...((args.length === 0 ? [RealDate.now() + shift] : args) as [number]));
  }
  static override now(): number {
    return RealDate.now() + shift;
  }
}
globalThis.Date = PinnedDate as DateConstructor;

/** Waits until `ready` gives something: views and the index settle on timers of their own. */
async function until<T>(what: string, ready: () => T | null | undefined | false): Promise<T> {
  for (let tries = 0; tries < 500; tries++) {
    const value = ready();
    if (value) return value;
    await new Promise((resolve) => window.setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** Runs a command by id, as the command palette does (the render's commands all have a plain callback). */
async function runCommand(app: App, id: string): Promise<void> {
  const command = app.commands.get(id);
  if (!command?.callback) throw new Error(`no command ${id} with a callback`);
  await Promise.resolve(command.callback());
}

function viewOf(app: App, type: string): ItemView | null {
  return (app.workspace.getLeavesOfType(type)[0]?.view as ItemView | undefined) ?? null;
}

/** The stand-in's view header holds only the actions; Obsidian's shows the view's icon and title first. */
function addHeaderTitle(view: ItemView): void {
  const header = view.containerEl.querySelector(".view-header");
  if (!header) return;
  const icon = createDiv({ cls: "view-header-icon", attr: { "data-icon": view.getIcon() } });
  const title = createDiv({ cls: "view-header-title-container" });
  title.createDiv({ cls: "view-header-title", text: view.getDisplayText() });
  header.prepend(icon, title);
}

/** The element as HTML, each icon's name replaced by its drawing. */
function serialize(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  const parser = new DOMParser();
  for (const icon of Array.from(copy.querySelectorAll<HTMLElement>("[data-icon]"))) {
    icon.replaceChildren(parser.parseFromString(iconSvg(icon.getAttribute("data-icon") ?? ""), "image/svg+xml").documentElement);
  }
  return copy.outerHTML;
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "rapport-render-"));
  cpSync("examples/vault", root, { recursive: true });
  const app = new App(root);
  const plugin = new RapportPlugin(app as never, JSON.parse(readFileSync("manifest.json", "utf8")) as never);
  await (plugin as unknown as Component).load();
  app.workspace.ready();
  await until("the first scan", () => plugin.report() !== null);

  // The sidebar, with the snoozed section opened as a user would, so the picture has every kind of row.
  await runCommand(app, "open-sidebar");
  const sidebar = await until("the sidebar", () => viewOf(app, "rapport-due")?.contentEl.querySelector(".rapport-row") && viewOf(app, "rapport-due"));
  const snoozed = Array.from(sidebar.contentEl.querySelectorAll<HTMLElement>(".rapport-section.is-collapsed")).find((s) => s.querySelector(".rapport-section-title")?.textContent === "Snoozed");
  snoozed?.querySelector<HTMLElement>(".rapport-section-header")?.click();

  // The person panel, from Alice Chen's note, by the command.
  const alice = app.vault.getFileByPath("People/Alice Chen.md");
  if (!alice) throw new Error("examples/vault has no People/Alice Chen.md");
  await app.workspace.getLeaf(false).openFile(alice);
  await runCommand(app, "show-timeline");
  const person = await until("the person panel", () => viewOf(app, "rapport-person")?.contentEl.querySelector(".rapport-person") && viewOf(app, "rapport-person"));

  await runCommand(app, "triage");
  const triage = await until("triage", () => Modal.openModals.at(-1));

  for (const view of [sidebar, person]) addHeaderTitle(view);
  // Obsidian's modals have a close button at the top right; the stand-in's have none.
  triage.modalEl.prepend(createDiv({ cls: "modal-close-button", attr: { "data-icon": "x" } }));

  const frames: Record<string, string> = {
    sidebar: pane("rapport-due", serialize(sidebar.containerEl)),
    person: pane("rapport-person", serialize(person.containerEl)),
    triage: `<div class="modal-container mod-dim"><div class="modal-bg"></div>${serialize(triage.modalEl)}</div>`,
  };
  const css = `${readFileSync("scripts/screenshot-theme.css", "utf8")}\n${readFileSync("styles.css", "utf8")}`;
  mkdirSync(outDir, { recursive: true });
  for (const [name, frame] of Object.entries(frames)) {
    for (const theme of ["light", "dark"]) writeFileSync(join(outDir, `${name}-${theme}.html`), page(theme, frame, css));
  }
  rmSync(root, { recursive: true, force: true });
}

/** A sidebar pane holding one view, as Obsidian nests it. */
function pane(type: string, view: string): string {
  return `<div class="workspace-split mod-right-split"><div class="workspace-leaf"><div class="workspace-leaf-content" data-type="${type}">${view}</div></div></div>`;
}

/**
 * A page of one view. Obsidian's theme classes go on body; the plugin's styles come after the theme, as
 * Obsidian loads them. The script lays the page out at the width asked in its address (`?width=340`:
 * headless Chromium's --dump-dom keeps a window at least 500 pixels wide) and leaves the content's height
 * where screenshot.mjs reads it, so each picture is cut to what it shows.
 */
function page(theme: string, frame: string, css: string): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${css}</style></head>
<body class="theme-${theme}">${frame}
<script>
  const width = new URLSearchParams(location.search).get("width");
  if (width) document.body.style.width = width + "px";
  document.body.dataset.height = Math.ceil(document.body.firstElementChild.getBoundingClientRect().height);
</script>
</body></html>
`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
