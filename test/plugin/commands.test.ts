import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormModal } from "../../src/plugin/modals/form-modal";
import { ListModal } from "../../src/plugin/modals/list-modal";
import { MarkdownView, Modal, Notice, SuggestModal } from "../obsidian/index";
import { clickRowButton, dueView, EXAMPLE, loadNotes, loadVault, personRef, pinToday, runCommand } from "./harness";

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

/** Fills the open form with `values` and saves it, as a user would; returns the hint it showed. */
function fillForm(values: string[]): string {
  const form = topModal(FormModal);
  form.setValues(values);
  const hint = form.contentEl.querySelector(".rapport-form-hint")?.textContent ?? "";
  form.save();
  return hint;
}

const TODAY = "Journal/2026/11/2026-11-23 Monday.md";

describe("log interaction", () => {
  it("asks whom when the active note is no person, then what about, and appends `- [[Name]] words` to today's note", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await runCommand(app, "log-interaction");
    // Over names and aliases: the exact alias, then names that start with "ali", then "Carol Davis", which only has a, l, i in order.
    expect((await pick("ali")).slice(0, 4)).toEqual([
      "Ali (Alice Chen) | last contact 2026-11-05",
      "Alice Chen | last contact 2026-11-05",
      "Alice C. (Alice Chen) | last contact 2026-11-05",
      "Carol Davis | last contact 2026-08-10",
    ]);
    expect(topModal(FormModal).titleEl.textContent).toBe("Log interaction with Alice Chen");
    expect(fillForm(["lunch, talked about her move #coffee"])).toBe('Adds "- [[Alice Chen]] lunch, talked about her move #coffee" to today\'s note.');
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [[Alice Chen]] lunch, talked about her move #coffee\n"));
    expect(Notice.shown).toContain("Logged Alice Chen in 2026-11-23 Monday.");
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Alice Chen")?.lastContact).toBe("2026-11-23"));
    expect(plugin.model.interactionsOf("People/Alice Chen.md").find((i) => i.date === "2026-11-23")?.kinds).toEqual(["coffee"]);
  });

  it("logs the active note's person without asking whom, and a second time the same day says so", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Mia Rossi.md")!);
    await runCommand(app, "log-interaction");
    fillForm([""]);
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [[Mia Rossi]]\n"));
    await runCommand(app, "log-interaction");
    fillForm(["coffee again"]);
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [[Mia Rossi]]\n- [[Mia Rossi]] coffee again\n"));
    expect(Notice.shown).toEqual(["Logged Mia Rossi in 2026-11-23 Monday.", "Logged Mia Rossi in 2026-11-23 Monday, the second time today."]);
  });

  it("the notice opens today's note at the line written, and Undo takes the line back", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await app.vault.create(TODAY, "# Monday\n\n- Standup");
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Bob Martinez.md")!);
    await runCommand(app, "log-interaction");
    fillForm(["roadmap"]);
    await vi.waitFor(() => expect(read(TODAY)).toBe("# Monday\n\n- Standup\n- [[Bob Martinez]] roadmap\n"));
    Notice.all[Notice.all.length - 1]?.click("Open");
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(TODAY));
    expect(app.workspace.activeLeaf?.eState).toEqual({ line: 3 });
    await runCommand(app, "undo-last-change");
    await vi.waitFor(() => expect(read(TODAY)).toBe("# Monday\n\n- Standup"));
  });

  it("starts a new daily note from the Daily notes template", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await app.vault.createFolder("Templates");
    await app.vault.create("Templates/Day.md", "# {{title}}\nWritten {{date:dddd D MMMM}}\n");
    await app.vault.adapter.write(".obsidian/daily-notes.json", JSON.stringify({ folder: "Journal", format: "YYYY/MM/YYYY-MM-DD dddd", template: "Templates/Day" }));
    await plugin.rebuildIndex();
    await runCommand(app, "log-interaction");
    await pick("bob");
    fillForm([""]);
    await vi.waitFor(() => expect(read(TODAY)).toBe("# 2026-11-23 Monday\nWritten Monday 23 November\n- [[Bob Martinez]]\n"));
  });
});

describe("logging writes a link that leads to the person", () => {
  it("writes the path when another note has the person's name, and the interaction counts", async () => {
    const { plugin, read } = await loadNotes({ "People/Alice.md": "---\ntype: person\n---\n", "Work/Alice.md": "A project named Alice.\n", "Work/Kickoff.md": "Notes\n" });
    await plugin.log.writeInteraction(personRef(plugin, "Alice"), "lunch");
    await vi.waitFor(() => expect(read("2026-11-23.md")).toBe("- [[People/Alice|Alice]] lunch\n"));
    await vi.waitFor(() => expect(plugin.report()?.people[0]?.lastContact).toBe("2026-11-23"));
  });

  it("refuses a person whose note name breaks every link, and says why", async () => {
    const { plugin, root } = await loadNotes({ "People/Ann #2.md": "---\ntype: person\n---\n" });
    await plugin.log.writeInteraction(personRef(plugin, "Ann #2"), "");
    expect(Notice.shown).toContain("Rapport cannot link to People/Ann #2.md: a note name cannot hold #: links to it would break. Rename the note to log with them.");
    expect(existsSync(join(root, "2026-11-23.md"))).toBe(false);
  });

  it("will not write words that open a comment and hide the rest of the day", async () => {
    const { app } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Mia Rossi.md")!);
    await runCommand(app, "log-interaction");
    const form = topModal(FormModal);
    form.setValues(["secret <!-- hidden"]);
    expect(saveButton(form).disabled).toBe(true);
    expect(form.contentEl.querySelector(".rapport-form-hint")?.textContent).toBe("That would open a comment or code block that hides the rest of today's note.");
  });
});

describe("add promise, add waiting-on", () => {
  it("appends a task with the person and due date to today's note", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "add-commitment");
    await pick("priya");
    expect(fillForm(["send the conference notes", "2026-11-30"])).toBe('Adds "- [ ] [[Priya Raman]] send the conference notes 📅 2026-11-30" to today\'s note.');
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [ ] [[Priya Raman]] send the conference notes 📅 2026-11-30\n"));
  });

  it("will not save without words or with a due date it cannot read", async () => {
    const { app, root } = await loadVault(EXAMPLE);
    await runCommand(app, "add-commitment");
    await pick("priya");
    expect(fillForm(["", ""])).toBe("Say what was promised.");
    expect(fillForm(["call", "someday"])).toBe('"someday" is not a day Rapport can read.');
    expect(fillForm(["call by 2026-11-01", ""])).toBe('"by 2026-11-01" is 2026-11-01, before the note\'s date 2026-11-23.');
    expect(existsSync(join(root, TODAY))).toBe(false);
  });

  it("reads the day in words, against today, shows the date it read and writes it as 📅", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Bob Martinez.md")!);
    await runCommand(app, "add-commitment");
    // Monday 23 November: Friday is the 27th.
    expect(fillForm(["send the roadmap deck by Friday", ""])).toBe('Adds "- [ ] [[Bob Martinez]] send the roadmap deck 📅 2026-11-27" to today\'s note. Due 2026-11-27, read from "by Friday".');
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [ ] [[Bob Martinez]] send the roadmap deck 📅 2026-11-27\n"));
    await runCommand(app, "add-commitment");
    expect(fillForm(["call about the budget", "in 3 days"])).toBe('Adds "- [ ] [[Bob Martinez]] call about the budget 📅 2026-11-26" to today\'s note. Due 2026-11-26, read from "in 3 days".');
  });

  it("a waiting-on is a task tagged #waiting: something owed to me", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Hiro Tanaka.md")!);
    await runCommand(app, "add-waiting-on");
    fillForm(["the signed NDA", "2026-11-27"]);
    await vi.waitFor(() => expect(read(TODAY)).toBe("- [ ] [[Hiro Tanaka]] the signed NDA #waiting 📅 2026-11-27\n"));
    await vi.waitFor(() => expect(plugin.report()?.commitments.find((c) => c.text.includes("NDA"))).toMatchObject({ person: "Hiro Tanaka", direction: "owed-to-me", due: "2026-11-27" }));
  });
});

describe("snooze, cadence and person notes", () => {
  it("snooze person… for a month writes snooze_until", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "snooze-person");
    await pick("frank");
    expect(await pick("month")).toEqual(["Snooze for a month"]);
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

  it("on a note that is no person, asks whom", async () => {
    const { app } = await loadVault(EXAMPLE);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Projects/Roadmap.md")!);
    await runCommand(app, "set-cadence");
    await pick("hiro");
    expect(topModal(FormModal).titleEl.textContent).toBe("Cadence for Hiro Tanaka");
  });

  it("a snoozed person's snooze can be ended: the line goes, every other byte stays", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    const before = read("People/Grace Lee.md");
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Grace Lee.md")!);
    await runCommand(app, "snooze-person");
    expect(await pick("end")).toEqual(["End snooze"]);
    await vi.waitFor(() => expect(read("People/Grace Lee.md")).toBe(before.replace("snooze_until: 2026-12-01\n", "")));
    expect(Notice.shown).toContain("Grace Lee is no longer snoozed.");
  });

  it("add person checks the name as typed, reads the cadence, writes the note with its groups and opens it", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await runCommand(app, "add-person");
    const form = topModal(FormModal);
    const hint = (values: string[]) => {
      form.setValues(values);
      return `${saveButton(form).disabled ? "disabled: " : ""}${form.contentEl.querySelector(".rapport-form-hint")?.textContent ?? ""}`;
    };
    expect(hint(["", "", ""])).toBe("disabled: Enter a name.");
    expect(hint(["Nina #1", "", ""])).toBe("disabled: A note name cannot hold #: links to it would break.");
    expect(hint(["alice chen", "", ""])).toBe("disabled: People/Alice Chen.md exists already.");
    expect(hint(["Ali", "", ""])).toBe("disabled: Alice Chen goes by that name already.");
    expect(hint(["Nina Park", "", ""])).toBe("Creates People/Nina Park.md.");
    expect(hint(["Nina Park", "every blue moon", ""])).toBe('disabled: Cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")');
    expect(hint(["Nina Park", "every 2 weeks", "friends, climbing club"])).toBe("Creates People/Nina Park.md. Every 2 weeks: no contact yet, so a check-in is due today.");
    form.save();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("People/Nina Park.md"));
    expect(read("People/Nina Park.md")).toBe('---\ntype: person\ncadence: every 2 weeks\ngroups:\n  - "friends"\n  - "climbing club"\n---\n# Nina Park\n');
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Nina Park")).toMatchObject({ status: "due", due: "2026-11-23", groups: ["friends", "climbing club"] }));
  });

  it("make this note a person adds the first person rule to any note, and is not offered on a person", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    await app.vault.create("Nina Park.md", "Met at the climbing gym.\n");
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("Nina Park.md")!);
    expect(app.commands.get("make-person")?.checkCallback?.(true)).toBe(true);
    await runCommand(app, "make-person");
    await vi.waitFor(() => expect(read("Nina Park.md")).toBe("---\ntype: person\n---\nMet at the climbing gym.\n"));
    await vi.waitFor(() => expect(plugin.report()?.people.some((p) => p.name === "Nina Park")).toBe(true));
    expect(app.commands.get("make-person")?.checkCallback?.(true)).toBe(false);
    Notice.all[Notice.all.length - 1]?.click("Undo");
    await vi.waitFor(() => expect(read("Nina Park.md")).toBe("Met at the climbing gym.\n"));
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

describe("mark done, problems", () => {
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

  it("the sidebar's Mark done marks the promise done in its note and it leaves the list", async () => {
    const { app, read } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    clickRowButton(app, "Send the article", "Mark done today");
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-02 Monday.md")).toContain("- [x] Send [[Alice Chen]] the article 📅 2026-11-10 ✅ 2026-11-23"));
    await vi.waitFor(() => expect(dueView(app).contentEl.textContent).not.toContain("Send the article"));
  });

  it("the problem count in the view's header opens the list of problems", async () => {
    const { app } = await loadVault(EXAMPLE);
    await runCommand(app, "open-sidebar");
    const action = dueView(app).containerEl.querySelector(".rapport-problems-action") as HTMLElement;
    expect(action.getAttribute("aria-label")).toBe("1 problem in your notes");
    action.click();
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

