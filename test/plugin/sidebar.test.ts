import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RapportPlugin from "../../src/plugin/main";
import { App, Menu } from "../obsidian/index";
import { EXAMPLE, dueView, loadComponent, loadVault, manifest, pinToday, runCommand, sidebarText } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

describe("the Due to reconnect sidebar on the example vault", () => {
  it("opens in the right sidebar from the command and shows each section with its rows", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    expect(app.workspace.rightEl.contains(dueView(app).containerEl)).toBe(true);
    expect(dueView(app).getDisplayText()).toBe("Due to reconnect");
    expect(sidebarText(app)).toEqual([
      "Promises due (2)",
      "  Alice Chen | 13 days overdue | Send the article | [Open] [Done]",
      "  Eve Park | in 5 days | Call for her birthday | [Open] [Done]",
      "Check-ins overdue (2)",
      "  Carol Davis | 13 days late | every 3 months · last contact 105 days ago | [Log] [Snooze]",
      "  Alice Chen | 4 days late | every 2 weeks · last contact 18 days ago | [Log] [Snooze]",
      "Due in the next 7 days (3)",
      "  Frank Müller | today | every 6 weeks · last contact never | [Log] [Snooze]",
      "  Mia Rossi | today | every week on Monday · last contact 7 days ago | [Log] [Snooze]",
      "  Bob Martinez | in 7 days | every month · last contact 23 days ago | [Log] [Snooze]",
      "Birthdays in the next 14 days (1)",
      "  Eve Park | in 5 days (2026-11-28)",
      "Waiting on others (1)",
      "  Hiro Tanaka | in 2 days | to send the contract draft | [Open]",
      "Snoozed (1)",
      "  Grace Lee | until 2026-12-01 | every week · last contact never | [Log] [Snooze]",
      "1 problem in your notes",
    ]);
    expect(dueView(app).contentEl.querySelector("details.rapport-snoozed")?.hasAttribute("open")).toBe(false);
  });

  it("filters by group", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const select = dueView(app).contentEl.querySelector("select") as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.value)).toEqual(["", "family", "friends", "mentors", "work"]);
    select.value = "mentors";
    select.dispatchEvent(new Event("change"));
    expect(sidebarText(app)).toEqual([
      "Promises due (1)",
      "  Alice Chen | 13 days overdue | Send the article | [Open] [Done]",
      "Check-ins overdue (1)",
      "  Alice Chen | 4 days late | every 2 weeks · last contact 18 days ago | [Log] [Snooze]",
      "Snoozed (1)",
      "  Grace Lee | until 2026-12-01 | every week · last contact never | [Log] [Snooze]",
      "1 problem in your notes",
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
    await vi.waitFor(() => expect(sidebarText(app)).toContain("Check-ins overdue (1)"), { timeout: 1000 });
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
    await vi.waitFor(() => expect(sidebarText(app)).toContain("  Roadmap | today | every week · last contact never | [Log] [Snooze]"), { timeout: 1000 });
  });

  it("offers snooze lengths from the row and writes snooze_until as one added line", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const carol = Array.from(dueView(app).contentEl.querySelectorAll(".rapport-row")).find((r) => r.textContent?.includes("Carol Davis"));
    (Array.from(carol!.querySelectorAll("button")).find((b) => b.textContent === "Snooze") as HTMLElement).click();
    expect(Menu.lastShown?.items.map((i) => i.title)).toEqual(["For a week", "For a month", "Until a date…"]);
    Menu.lastShown?.items[0]?.callback(new MouseEvent("click"));
    await vi.waitFor(() => expect(read("People/Carol Davis.md")).toContain("snooze_until: 2026-11-30"));
    // The flow list stays a flow list: only the new property's line is added.
    expect(read("People/Carol Davis.md")).toBe("---\ntype: person\ncadence: quarterly\nlast_contact: 2026-08-10\ngroups: [family]\nsnooze_until: 2026-11-30\n---\n# Carol Davis\n\nCousin in Lisbon. We last spoke at her wedding in August.\n");
    await vi.waitFor(() => expect(sidebarText(app)).toContain("Snoozed (2)"));
  });
});

describe("before and without data", () => {
  it("shows a how-to with an example person note in an empty vault", async () => {
    const { app } = await loadVault(null);
    await runCommand(app, "open-sidebar");
    expect(sidebarText(app)[0]).toBe("No people yet. A note is a person when its properties say so, for example:");
    expect(dueView(app).contentEl.querySelector("pre")?.textContent).toContain("type: person");
  });

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
    await vi.waitFor(() => expect(sidebarText(app)[0]).toBe("Promises due (2)"));
  });
});
