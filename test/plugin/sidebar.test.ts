import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RapportPlugin from "../../src/plugin/main";
import { App, Menu } from "../obsidian/index";
import { EXAMPLE, clickRowButton, dueView, loadComponent, loadVault, manifest, pinToday, runCommand, sidebarText } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

describe("the Due to reconnect sidebar on the example vault", () => {
  it("opens in the right sidebar from the command and shows each section with its rows, the quiet ones folded", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    expect(app.workspace.rightEl.contains(dueView(app).containerEl)).toBe(true);
    expect(dueView(app).getDisplayText()).toBe("Due to reconnect");
    expect(sidebarText(app)).toEqual([
      "Promises due (3)",
      "  Alice Chen | 13 days overdue | Send the article",
      "  Bob Martinez | 3 days overdue | Send the roadmap deck by Friday",
      "  Eve Park | in 5 days | Call for her birthday",
      "Replies I owe (1)",
      "  Dan Okafor | 1 day overdue | asked if I can review his conference talk (2026-11-20)",
      "Thanks to give (1)",
      "  Priya Raman | 3 days ago | Thanks owed: introduced me to the hiring manager at Fabrikam",
      "Ask about (1)",
      "  Eve Park | since 2026-11-21 | Ask about how the new job in Seoul is going",
      "Check-ins overdue (3)",
      "  Carol Davis | 13 days overdue | every 3 months · last contact 105 days ago",
      "  Ben Davis | 8 days overdue | every month (family) · last contact 39 days ago",
      "  Alice Chen | 4 days overdue | every 2 weeks · last contact 18 days ago",
      "Follow up with new acquaintances (1)",
      "  Lena Novak | today | first met 3 days ago · follow up",
      "Due in the next 7 days (3)",
      "  Frank Müller | today | every 6 weeks · no contact yet",
      "  Mia Rossi | today | every week on Monday · last contact 7 days ago",
      "  Bob Martinez | in 7 days | every month · last contact 23 days ago",
      "Birthdays in the next 14 days (1)",
      "  Eve Park | in 5 days | 2026-11-28",
      "Waiting on others (1)",
      "  Hiro Tanaka | in 2 days | to send the contract draft",
      "▸ Drifting (1)",
      "▸ Promises with no date (1)",
      "▸ Snoozed (1)",
      "3 people without a cadence Triage",
      "Promises: 1 kept on time · 1 kept after the date · 2 overdue. Replies: 1 answered after the day · 1 overdue. Thanks: 1 owed",
    ]);
    // The folded sections, opened: who is drifting, the promise with no date, and when a snooze ends.
    for (const header of Array.from(dueView(app).contentEl.querySelectorAll<HTMLElement>(".is-collapsed > .rapport-section-header"))) header.click();
    expect(sidebarText(app).slice(24, 30)).toEqual([
      "Drifting (1)",
      "  Kai Moana | usually every 7 days | last contact 20 days ago",
      "Promises with no date (1)",
      "  Carol Davis | no date | Ask for the wedding photos",
      "Snoozed (1)",
      "  Grace Lee | until 2026-12-01 | every week · no contact yet",
    ]);
    expect(dueView(app).containerEl.querySelector(".rapport-problems-action")?.getAttribute("aria-label")).toBe("1 problem in your notes");
  });

  it("filters by group from the header, each group with how many are due", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    (dueView(app).containerEl.querySelector('[aria-label="Filter by group"]') as HTMLElement).click();
    expect(Menu.lastShown?.items.map((i) => i.title)).toEqual(["Everyone", "family (2 due of 2)", "friends (1 due of 3)", "mentors (1 due of 3)", "work (4 due of 6)"]);
    Menu.lastShown?.click("mentors (1 due of 3)");
    expect(sidebarText(app)).toEqual([
      "Showing mentors Show everyone",
      "Promises due (1)",
      "  Alice Chen | 13 days overdue | Send the article",
      "Thanks to give (1)",
      "  Priya Raman | 3 days ago | Thanks owed: introduced me to the hiring manager at Fabrikam",
      "Check-ins overdue (1)",
      "  Alice Chen | 4 days overdue | every 2 weeks · last contact 18 days ago",
      "▸ Snoozed (1)",
      "3 people without a cadence Triage",
      // The group's own follow-through.
      "Promises: 1 overdue. Thanks: 1 owed",
    ]);
  });

  it("opens a person's note on click, in a new tab with ctrl/cmd, and asks for a hover preview", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const hovers: unknown[] = [];
    app.workspace.on("hover-link", (info: unknown) => hovers.push(info));
    const link = dueView(app).contentEl.querySelector(".rapport-name") as HTMLElement;
    link.dispatchEvent(new MouseEvent("mouseover"));
    expect(hovers).toMatchObject([{ source: "rapport-due", linktext: "People/Alice Chen.md" }]);
    expect(app.hoverLinkSources.get("rapport-due")).toEqual({ display: "Due to reconnect", defaultMod: true });
    const leavesBefore = app.workspace.leaves.length;
    link.dispatchEvent(new MouseEvent("click", { ctrlKey: true }));
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("People/Alice Chen.md"));
    expect(app.workspace.leaves.length).toBe(leavesBefore + 1);
  });

  it("updates itself within a second of a note changing, without a full re-scan", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const cachedRead = vi.spyOn(app.vault, "cachedRead");
    const file = app.vault.getFileByPath("Journal/2026/11/2026-11-20 Friday.md");
    await app.vault.process(file!, (text) => `${text}- Called [[Carol Davis]] #call\n`);
    await vi.waitFor(() => expect(sidebarText(app)).toContain("Check-ins overdue (2)"), { timeout: 1000 });
    // Only the changed note was read again.
    expect(cachedRead).toHaveBeenCalledTimes(1);
    expect(cachedRead).toHaveBeenCalledWith(file);
    expect(plugin.report()?.people.find((p) => p.name === "Carol Davis")).toMatchObject({ lastContact: "2026-11-20", status: "ok" });
  });

  it("shows a note that becomes a person, once the notes linking it are read again", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const roadmap = app.vault.getFileByPath("Projects/Roadmap.md");
    await app.vault.process(roadmap!, (text) => `---\ntype: person\ncadence: weekly\n---\n${text}`);
    await vi.waitFor(() => expect(sidebarText(app)).toContain("  Roadmap | today | every week · no contact yet"), { timeout: 1000 });
  });

  it("offers snooze lengths from the row's snooze button and writes snooze_until as one added line", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    clickRowButton(app, "every 3 months", "Snooze Carol Davis");
    expect(Menu.lastShown?.items.map((i) => i.title)).toEqual(["Snooze for a week", "Snooze for a month", "Snooze until a date…"]);
    Menu.lastShown?.click("Snooze for a week");
    await vi.waitFor(() => expect(read("People/Carol Davis.md")).toContain("snooze_until: 2026-11-30"));
    // The flow list stays a flow list: only the new property's line is added.
    expect(read("People/Carol Davis.md")).toBe("---\ntype: person\ncadence: quarterly\nlast_contact: 2026-08-10\ngroups: [family]\nsnooze_until: 2026-11-30\n---\n# Carol Davis\n\nCousin in Lisbon. We last spoke at her wedding in August.\n");
    await vi.waitFor(() => expect(sidebarText(app)).toContain("▸ Snoozed (2)"));
  });
});

describe("before and without data", () => {
  it('shows "Indexing…" when restored before the first scan, then the list', async () => {
    const root = mkdtempSync(join(tmpdir(), "rapport-vault-"));
    cpSync(EXAMPLE, root, { recursive: true });
    const app = new App(root);
    const plugin = new RapportPlugin(app as never, manifest as never);
    await loadComponent(plugin);
    // Obsidian restores the sidebar from the saved layout before the layout is ready.
    await app.workspace.getRightLeaf(false).setViewState({ type: "rapport-due" });
    expect(sidebarText(app)).toEqual(["Indexing…"]);
    app.workspace.ready();
    await vi.waitFor(() => expect(sidebarText(app)[0]).toBe("Promises due (3)"));
  });
});
