import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormModal } from "../../src/plugin/modals/form-modal";
import { ListModal } from "../../src/plugin/modals/list-modal";
import { MarkdownView, Modal, Notice, SuggestModal } from "../obsidian/index";
import { EXAMPLE, loadVault, pinToday, runCommand } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

function saveButton(form: FormModal): HTMLButtonElement {
  return form.contentEl.querySelector("button.mod-cta") as HTMLButtonElement;
}

function topModal<T>(type: abstract new (...args: never[]) => T): T {
  const modal: unknown = Modal.openModals[Modal.openModals.length - 1];
  if (!(modal instanceof type)) throw new Error(`expected a ${type.name}, found ${String(modal)}`);
  return modal;
}

/** Types `query` in the open picker and picks the first suggestion, as a user would. */
async function pick(query: string): Promise<string[]> {
  const picker = topModal(SuggestModal<unknown>);
  const shown = await picker.shown(query);
  picker.selectSuggestion(shown[0]?.item, new KeyboardEvent("keydown", { key: "Enter" }));
  return shown.map((s) => s.text);
}

describe("log interaction with…", () => {
  it("appends `- [[Name]] ` to today's daily note, creating it in the configured folder, and puts the cursor there", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "log-interaction");
    // Over names and aliases: the exact alias, then names that start with "ali", then "Carol Davis", which only has a, l, i in order.
    expect(await pick("ali")).toEqual([
      "Ali (Alice Chen) | last contact 2026-11-05",
      "Alice Chen | last contact 2026-11-05",
      "Alice C. (Alice Chen) | last contact 2026-11-05",
      "Carol Davis | last contact 2026-08-10",
    ]);
    const path = "Journal/2026/11/2026-11-23 Monday.md";
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(path));
    expect(read(path)).toBe("- [[Alice Chen]] \n");
    const editor = (app.workspace.activeLeaf?.view as MarkdownView).editor;
    expect(editor.getCursor()).toEqual({ line: 0, ch: "- [[Alice Chen]] ".length });
  });

  it("appends below what today's note already holds", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    const path = "Journal/2026/11/2026-11-23 Monday.md";
    await app.vault.create(path, "# Monday\n\n- Standup");
    await runCommand(app, "log-interaction");
    await pick("mia");
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(path));
    expect(read(path)).toBe("# Monday\n\n- Standup\n- [[Mia Rossi]] \n");
    expect((app.workspace.activeLeaf?.view as MarkdownView).editor.getCursor()).toEqual({ line: 3, ch: 16 });
  });

  it("starts a new daily note from the Daily notes template", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await app.vault.createFolder("Templates");
    await app.vault.create("Templates/Day.md", "# {{title}}\nWritten {{date:dddd D MMMM}}\n");
    await app.vault.adapter.write(".obsidian/daily-notes.json", JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD dddd", template: "Templates/Day" }));
    await plugin.rebuildIndex();
    await runCommand(app, "log-interaction");
    await pick("bob");
    const path = "Journal/2026/11/2026-11-23 Monday.md";
    await vi.waitFor(() => expect(read(path)).toBe("# 2026-11-23 Monday\nWritten Monday 23 November\n- [[Bob Martinez]] \n"));
  });

  it("from the sidebar's Log button, the interaction counts at once", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const view = app.workspace.getLeavesOfType("rapport-due")[0]?.view as unknown as { contentEl: HTMLElement };
    const row = Array.from(view.contentEl.querySelectorAll(".rapport-row")).find((r) => r.textContent?.includes("Carol Davis"));
    (Array.from(row!.querySelectorAll("button")).find((b) => b.textContent === "Log") as HTMLElement).click();
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-23 Monday.md")).toBe("- [[Carol Davis]] \n"));
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Carol Davis")?.lastContact).toBe("2026-11-23"));
  });
});

describe("add commitment for…", () => {
  it("appends a task with the person and due date to today's note", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "add-commitment");
    await pick("priya");
    const form = topModal(FormModal);
    form.setValues(["send the conference notes", "2026-11-30"]);
    expect(form.contentEl.querySelector(".rapport-form-hint")?.textContent).toBe("- [ ] [[Priya Raman]] send the conference notes 📅 2026-11-30");
    form.save();
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-23 Monday.md")).toBe("- [ ] [[Priya Raman]] send the conference notes 📅 2026-11-30\n"));
  });

  it("will not save without words or with a due date that is not a date", async () => {
    const { app, root } = await loadVault(EXAMPLE);
    await runCommand(app, "add-commitment");
    await pick("priya");
    const form = topModal(FormModal);
    form.setValues(["", ""]);
    form.save();
    expect(form.contentEl.querySelector(".rapport-form-hint")?.textContent).toBe("Say what you promised.");
    form.setValues(["call", "2026-02-30"]);
    form.save();
    expect(form.contentEl.querySelector(".rapport-form-hint")?.textContent).toBe("The due date is not a date.");
    expect(existsSync(join(root, "Journal/2026/11/2026-11-23 Monday.md"))).toBe(false);
  });
});

describe("snooze, cadence and person notes", () => {
  it("snooze person… for a month writes snooze_until", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "snooze-person");
    await pick("frank");
    expect(await pick("month")).toEqual(["For a month"]);
    await vi.waitFor(() => expect(Notice.shown).toContain("Snoozed Frank Müller until 2026-12-23."));
    expect(read("People/Frank Müller.md")).toBe("---\ntype: person\ncadence: every six weeks\ngroups: [friends]\nsnooze_until: 2026-12-23\n---\n# Frank Müller\n\nMet through climbing. Haven't caught up yet since he moved.\n");
  });

  it("set cadence of this person validates, shows the next check-in, and saves", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Alice Chen.md")!);
    await runCommand(app, "set-cadence");
    const form = topModal(FormModal);
    const hint = () => form.contentEl.querySelector(".rapport-form-hint")?.textContent;
    expect(hint()).toBe("Every 2 weeks: next check-in 2026-11-19 (already past).");
    form.setValues(["every blue moon"]);
    expect(hint()).toBe('Cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")');
    // Every November (12 months after the last contact) on the 31st, a day November never has.
    form.setValues(["FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;BYDAY=MO"]);
    expect(hint()).toBe("Every 12 months on Monday the 31st never falls after the last contact (2026-11-05).");
    expect(saveButton(form).disabled).toBe(true);
    form.setValues(["none"]);
    expect(hint()).toBe("Not tracked: no check-ins, whatever the default.");
    form.setValues(["monthly"]);
    expect(hint()).toBe("Every month: next check-in 2026-12-05.");
    form.save();
    await vi.waitFor(() => expect(read("People/Alice Chen.md")).toContain("cadence: monthly"));
  });

  it("is only offered on a person's note", async () => {
    const { app } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Projects/Roadmap.md")!);
    expect(app.commands.get("set-cadence")?.checkCallback?.(true)).toBe(false);
  });

  it("create person note from the selection links the selection to a new note in the people folder", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    const daily = "Journal/2026/11/2026-11-18 Wednesday.md";
    const leaf = app.workspace.getLeaf(false);
    await app.vault.process(app.vault.getFileByPath(daily)!, () => "# Wednesday 18 November\n\n* Bumped into Nina Park at the bakery\n");
    await leaf.openFile(app.vault.getFileByPath(daily)!);
    const editor = (leaf.view as MarkdownView).editor;
    editor.setSelection({ line: 2, ch: 14 }, { line: 2, ch: 23 });
    expect(editor.getSelection()).toBe("Nina Park");
    await runCommand(app, "create-person");
    expect(read("People/Nina Park.md")).toBe("---\ntype: person\n---\n# Nina Park\n");
    expect(editor.getValue()).toBe("# Wednesday 18 November\n\n* Bumped into [[Nina Park]] at the bakery\n");
    // The editor saves what was typed a moment later, as Obsidian does.
    await vi.waitFor(() => expect(read(daily)).toBe("# Wednesday 18 November\n\n* Bumped into [[Nina Park]] at the bakery\n"));
  });

  it("create person note from the unresolved link under the cursor", async () => {
    const { app, read, plugin } = await loadVault("test/fixtures/periodic-vault");
    const daily = "Daily/2026/4 November 2026.md";
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getFileByPath(daily)!);
    (leaf.view as MarkdownView).editor.setCursor({ line: 1, ch: 20 });
    await runCommand(app, "create-person");
    expect(read("People/Carla Diaz.md")).toBe("---\ntype: person\n---\n# Carla Diaz\n");
    expect(plugin.report()?.unresolved.map((u) => u.name)).toEqual(["Carla Diaz"]);
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Carla Diaz")?.lastContact).toBe("2026-11-04"));
    expect(plugin.report()?.unresolved).toEqual([]);
  });
});

describe("timeline, mark done, problems", () => {
  it("show timeline of this person lists interactions and promises newest first, each opening its line", async () => {
    const { app } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Dan Okafor.md")!);
    await runCommand(app, "show-timeline");
    const modal = topModal(ListModal);
    const rows = Array.from(modal.contentEl.querySelectorAll(".rapport-list-row")).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).toEqual([
      ["2026-11-20 (done promise)", "Send the slides from the reading group", "Journal/2026/11/2026-11-05 Thursday.md:4"],
      ["2026-11-20", "Reading group with Danny #reading-group", "Journal/2026/11/2026-11-20 Friday.md:3"],
      ["2026-11-05", "Lunch with Ali and Dan Okafor #lunch", "Journal/2026/11/2026-11-05 Thursday.md:3"],
    ]);
    (modal.contentEl.querySelectorAll(".rapport-list-link")[1] as HTMLElement).click();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("Journal/2026/11/2026-11-20 Friday.md"));
    expect(app.workspace.activeLeaf?.eState).toEqual({ line: 2 });
  });

  it("mark commitment done on the task under the cursor adds [x] and ✅ today", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    const path = "Journal/2026/11/2026-11-02 Monday.md";
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getFileByPath(path)!);
    (leaf.view as MarkdownView).editor.setCursor({ line: 4, ch: 3 });
    await runCommand(app, "mark-commitment-done");
    await vi.waitFor(() => expect(read(path).split("\n")[4]).toBe("- [x] Send [[Alice Chen]] the article 📅 2026-11-10 ✅ 2026-11-23"));
    (leaf.view as MarkdownView).editor.setCursor({ line: 2, ch: 0 });
    await runCommand(app, "mark-commitment-done");
    expect(Notice.shown).toContain("There is no open task on this line.");
  });

  it("the sidebar's Done button marks the promise done in its note and it leaves the list", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const view = app.workspace.getLeavesOfType("rapport-due")[0]?.view as unknown as { contentEl: HTMLElement };
    const row = Array.from(view.contentEl.querySelectorAll(".rapport-row")).find((r) => r.textContent?.includes("Send the article"));
    (Array.from(row!.querySelectorAll("button")).find((b) => b.textContent === "Done") as HTMLElement).click();
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-02 Monday.md")).toContain("- [x] Send [[Alice Chen]] the article 📅 2026-11-10 ✅ 2026-11-23"));
    await vi.waitFor(() => expect(view.contentEl.textContent).not.toContain("Send the article"));
  });

  it("the problems line opens the list of problems", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const view = app.workspace.getLeavesOfType("rapport-due")[0]?.view as unknown as { contentEl: HTMLElement };
    (view.contentEl.querySelector(".rapport-problems") as HTMLElement).click();
    const rows = Array.from(topModal(ListModal).contentEl.querySelectorAll(".rapport-list-row")).map((r) => r.textContent);
    expect(rows).toEqual(['cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")People/Jordan Blake.md:3']);
  });
});

describe("safe writes", () => {
  it("never writes to a note whose frontmatter does not parse, and says so", async () => {
    const { app, plugin, read } = await loadVault("test/fixtures/periodic-vault");
    const before = read("Contacts/Broken.md");
    await plugin.actions.snooze("Contacts/Broken.md", "2026-12-01");
    expect(read("Contacts/Broken.md")).toBe(before);
    expect(Notice.shown).toContain("Rapport did not change Contacts/Broken.md: its frontmatter does not parse. Fix it first.");
    expect(app.vault.getFileByPath("Contacts/Broken.md")).not.toBeNull();
  });

  it("skips a write that would change nothing", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    const modified: string[] = [];
    app.vault.on("modify", (file: { path: string }) => modified.push(file.path));
    await plugin.actions.snooze("People/Grace Lee.md", "2026-12-01");
    expect(modified).toEqual([]);
  });

  it("a rename of a person note keeps their history", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    await app.fileManager.renameFile(app.vault.getFileByPath("People/Alice Chen.md")!, "People/Alice Chen-Wong.md");
    await plugin.settled();
    await vi.waitFor(() => {
      const alice = plugin.report()?.people.find((p) => p.path === "People/Alice Chen-Wong.md");
      expect(alice).toMatchObject({ name: "Alice Chen-Wong", lastContact: "2026-11-05", due: "2026-11-19" });
    });
    expect(plugin.report()?.people.some((p) => p.path === "People/Alice Chen.md")).toBe(false);
  });

  it("a deleted note leaves the index", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    await app.fileManager.trashFile(app.vault.getFileByPath("People/Mia Rossi.md")!);
    expect(plugin.report()?.people.some((p) => p.name === "Mia Rossi")).toBe(false);
  });
});

