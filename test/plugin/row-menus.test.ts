/**
 * Every action of the sidebar's rows through their right-click menu, as on a phone (where nothing is on
 * hover), and the view's state (folded sections, "Show N more", the group filter) across re-renders.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormModal } from "../../src/plugin/modals/form-modal";
import { VIEW_TYPE_PERSON, type PersonView } from "../../src/plugin/view/person-view";
import { Menu, Modal, Platform } from "../obsidian/index";
import { dueView, loadComponent, loadNotes, manifest, openModal, pinToday, rowMenu, runCommand, sidebarText } from "./harness";
import RapportPlugin from "../../src/plugin/main";
import { App } from "../obsidian/index";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

const NOTES = {
  "People/Ann Lee.md": "---\ntype: person\ncadence: every week\ngroups: [friends]\n---\n# Ann Lee\n",
  "People/Ben Ode.md": "---\ntype: person\ncadence: every month\nsnooze_until: 2026-12-05\n---\n# Ben Ode\n",
  "2026-10-26.md": "- Met [[Ann Lee]] at the fair\n- Met [[Ben Ode]] too\n",
  "2026-11-09.md": "- Lunch with [[Ann Lee]]\n- [ ] Send [[Ann Lee]] the photos 📅 2026-11-20\n",
};

const PERSON_ITEMS = ["Log interaction…", "Add promise…", "Add waiting-on…", "Snooze for a week", "Snooze for a month", "Snooze until a date…", "Set cadence…", "Show person panel", "Open note"];

async function openSidebar() {
  const loaded = await loadNotes(NOTES);
  await runCommand(loaded.app, "open-sidebar");
  return loaded;
}

function formTitle(): string | null {
  const title = openModal(FormModal).titleEl.textContent;
  Modal.openModals.forEach((m) => m.close());
  return title;
}

describe("a person's row menu", () => {
  it("holds every action for the person", async () => {
    const { app } = await openSidebar();
    expect(sidebarText(app)).toEqual([
      "Promises due (1)",
      "  Ann Lee | 3 days overdue | Send the photos",
      "Check-ins overdue (1)",
      "  Ann Lee | 7 days overdue | every week · last contact 14 days ago",
      "▸ Snoozed (1)",
      "Promises: 1 overdue",
    ]);
    expect(rowMenu(app, "every week").items.map((i) => i.title)).toEqual(PERSON_ITEMS);
  });

  it("opens the forms of Log interaction, Add promise, Add waiting-on, Snooze until a date and Set cadence", async () => {
    const { app } = await openSidebar();
    const titles: Array<string | null> = [];
    for (const item of ["Log interaction…", "Add promise…", "Add waiting-on…", "Snooze until a date…", "Set cadence…"]) {
      rowMenu(app, "every week").click(item);
      titles.push(formTitle());
    }
    expect(titles).toEqual(["Log interaction with Ann Lee", "Promise to Ann Lee", "Waiting on Ann Lee", "Snooze Ann Lee", "Cadence for Ann Lee"]);
  });

  it("snoozes for a week by one added line, and the row moves to Snoozed with the day it ends", async () => {
    const { app, read } = await openSidebar();
    rowMenu(app, "every week").click("Snooze for a week");
    await vi.waitFor(() => expect(read("People/Ann Lee.md")).toBe("---\ntype: person\ncadence: every week\ngroups: [friends]\nsnooze_until: 2026-11-30\n---\n# Ann Lee\n"));
    await vi.waitFor(() => expect(sidebarText(app)).toContain("▸ Snoozed (2)"));
    (dueView(app).contentEl.querySelectorAll(".rapport-section-header")[1] as HTMLElement).click();
    expect(sidebarText(app)).toContain("  Ann Lee | until 2026-11-30 | every week · last contact 14 days ago");
  });

  it("shows the person panel and opens the note", async () => {
    const { app } = await openSidebar();
    rowMenu(app, "every week").click("Show person panel");
    await vi.waitFor(() => expect((app.workspace.getLeavesOfType(VIEW_TYPE_PERSON)[0]?.view as PersonView | undefined)?.personPath).toBe("People/Ann Lee.md"));
    rowMenu(app, "every week").click("Open note");
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("People/Ann Lee.md"));
  });

  it("offers End snooze on a snoozed person, which removes the snooze line", async () => {
    const { app, read } = await openSidebar();
    (dueView(app).contentEl.querySelectorAll(".rapport-section-header")[2] as HTMLElement).click();
    expect(sidebarText(app)).toContain("  Ben Ode | until 2026-12-05 | every month · last contact 28 days ago");
    const menu = rowMenu(app, "Ben Ode");
    expect(menu.items.map((i) => i.title)).toContain("End snooze");
    menu.click("End snooze");
    await vi.waitFor(() => expect(read("People/Ben Ode.md")).toBe("---\ntype: person\ncadence: every month\n---\n# Ben Ode\n"));
    await vi.waitFor(() => expect(sidebarText(app)).toContain("  Ben Ode | in 3 days | every month · last contact 28 days ago"));
  });
});

describe("a promise's row menu", () => {
  it("marks the promise done, opens its line, and holds its person's actions", async () => {
    const { app, read } = await openSidebar();
    const menu = rowMenu(app, "Send the photos");
    expect(menu.items.map((i) => i.title)).toEqual(["Mark done", "Open in its note", ...PERSON_ITEMS]);
    menu.click("Open in its note");
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("2026-11-09.md"));
    expect(app.workspace.activeLeaf?.eState).toEqual({ line: 1 });
    rowMenu(app, "Send the photos").click("Mark done");
    await vi.waitFor(() => expect(read("2026-11-09.md")).toBe("- Lunch with [[Ann Lee]]\n- [x] Send [[Ann Lee]] the photos 📅 2026-11-20 ✅ 2026-11-23\n"));
    await vi.waitFor(() => expect(sidebarText(app)).not.toContain("Promises due (1)"));
  });
});

describe("the view's state", () => {
  it("keeps folded sections and shown rows across re-renders", async () => {
    const people = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`People/P${String(i + 1).padStart(2, "0")}.md`, "---\ntype: person\ncadence: every week\n---\n"]));
    const { app } = await loadNotes(people);
    await runCommand(app, "open-sidebar");
    expect(sidebarText(app).slice(-2)).toEqual(["  P10 | today | every week · no contact yet", "  Show 2 more"]);
    (dueView(app).contentEl.querySelector(".rapport-more") as HTMLElement).click();
    expect(sidebarText(app)).toHaveLength(13);
    await app.vault.create("People/P13.md", "---\ntype: person\ncadence: every week\n---\n");
    await vi.waitFor(() => expect(sidebarText(app)[0]).toBe("Due in the next 7 days (13)"));
    expect(sidebarText(app)).toHaveLength(14);
    (dueView(app).contentEl.querySelector(".rapport-section-header") as HTMLElement).click();
    expect(sidebarText(app)).toEqual(["▸ Due in the next 7 days (13)"]);
    await app.vault.create("People/P14.md", "---\ntype: person\ncadence: every week\n---\n");
    await vi.waitFor(() => expect(sidebarText(app)).toEqual(["▸ Due in the next 7 days (14)"]));
  });

  it("filters by group from the header, and the filter lasts across a restart", async () => {
    const { app, root } = await openSidebar();
    (dueView(app).containerEl.querySelector('[aria-label="Filter by group"]') as HTMLElement).click();
    expect(Menu.lastShown?.items.map((i) => [i.title, i.checked])).toEqual([
      ["Everyone", true],
      ["friends (1 due of 1)", false],
    ]);
    Menu.lastShown?.click("friends (1 due of 1)");
    expect(sidebarText(app)).toEqual(["Showing friends Show everyone", "Promises due (1)", "  Ann Lee | 3 days overdue | Send the photos", "Check-ins overdue (1)", "  Ann Lee | 7 days overdue | every week · last contact 14 days ago", "Promises: 1 overdue"]);

    // Obsidian starts again on the same vault: the filter is still on.
    await vi.waitFor(async () => expect(await app.vault.adapter.read(`.obsidian/plugins/${manifest.id}/data.json`)).toContain('"groupFilter": "friends"'));
    const again = new App(root);
    const plugin = new RapportPlugin(again as never, manifest as never);
    await loadComponent(plugin);
    again.workspace.ready();
    await vi.waitFor(() => expect(plugin.report()).not.toBeNull());
    await runCommand(again, "open-sidebar");
    expect(sidebarText(again)[0]).toBe("Showing friends Show everyone");
    (dueView(again).contentEl.querySelector(".rapport-group-line button") as HTMLElement).click();
    expect(sidebarText(again)).toContain("▸ Snoozed (1)");
  });

  it("a filter whose group nobody is in now says so, rather than that nobody is due", async () => {
    const { app } = await openSidebar();
    (dueView(app).containerEl.querySelector('[aria-label="Filter by group"]') as HTMLElement).click();
    Menu.lastShown?.click("friends (1 due of 1)");
    await app.vault.process(app.vault.getFileByPath("People/Ann Lee.md")!, (text) => text.replace("groups: [friends]\n", ""));
    await vi.waitFor(() => expect(sidebarText(app)).toEqual(["Nobody is in friends now Show everyone"]));
  });
});

describe("on a phone", () => {
  afterEach(() => {
    Platform.isMobile = false;
  });

  it("has no status bar item, and each row's buttons are also in its menu, so nothing needs a hover", async () => {
    Platform.isMobile = true;
    const { app } = await openSidebar();
    expect(app.statusBarEl.querySelector(".rapport-status-bar")).toBeNull();
    const labels = Array.from(dueView(app).contentEl.querySelectorAll(".rapport-row .rapport-icon-button"), (b) => b.getAttribute("aria-label"));
    expect(new Set(labels)).toEqual(new Set(["Mark done today", "More actions", "Log an interaction with Ann Lee", "Snooze Ann Lee"]));
    const promiseMenu = rowMenu(app, "Send the photos").items.map((i) => i.title);
    expect(promiseMenu).toEqual(expect.arrayContaining(["Mark done", "Log interaction…"]));
    expect(rowMenu(app, "every week").items.map((i) => i.title)).toEqual(expect.arrayContaining(["Log interaction…", "Snooze for a week"]));
  });
});
