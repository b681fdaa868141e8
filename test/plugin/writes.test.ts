/**
 * Writes land exactly where the user meant, or nowhere, and each can be undone: the plugin in the
 * stand-in, on a copy of the example vault.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarkdownView, Notice } from "../obsidian/index";
import { clickRowButton, EXAMPLE, loadVault, personRef, pinToday, runCommand, sidebarRow, type Loaded } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

const PROMISES = "Journal/2026/11/2026-11-02 Monday.md";
const TODAY = "Journal/2026/11/2026-11-23 Monday.md";
const ORIGINAL = "# Monday 2 November\n\n- Coffee with [[Alice Chen|Ali]] #coffee\n  - She asked for the article on design reviews\n- [ ] Send [[Alice Chen]] the article 📅 2026-11-10\n- [ ] Ask [[Carol Davis]] for the wedding photos\n";

/** Clicks Mark done on the sidebar row that shows `text`, as it is on screen now (no re-render first). */
function clickDone(loaded: Loaded, text: string): void {
  clickRowButton(loaded.app, text, "Mark done today");
}

/** Logs an interaction with no words, as the form's Log does. */
async function log(loaded: Loaded, name: string): Promise<void> {
  await loaded.plugin.log.writeInteraction(personRef(loaded.plugin, name), "");
}

async function write(loaded: Loaded, path: string, text: string): Promise<void> {
  await loaded.app.vault.process(loaded.app.vault.getFileByPath(path)!, () => text);
}

describe("a stale row never writes to another line", () => {
  it("Done marks the promise the row showed, after a line was added above it", async () => {
    const loaded = await loadVault(EXAMPLE);
    await runCommand(loaded.app, "open-sidebar");
    // Before the view re-renders, another task for the same person goes in above the promise.
    writeFileSync(join(loaded.root, PROMISES), ORIGINAL.replace("- [ ] Send", "- [ ] Call [[Alice Chen]] 📅 2026-11-09\n- [ ] Send"));
    clickDone(loaded, "Send the article");
    await vi.waitFor(() =>
      expect(loaded.read(PROMISES).split("\n").slice(4, 6)).toEqual(["- [ ] Call [[Alice Chen]] 📅 2026-11-09", "- [x] Send [[Alice Chen]] the article 📅 2026-11-10 ✅ 2026-11-23"]),
    );
  });

  it("Done on a promise deleted since writes nothing, says why and opens the note", async () => {
    const loaded = await loadVault(EXAMPLE);
    await runCommand(loaded.app, "open-sidebar");
    const changed = ORIGINAL.replace("- [ ] Send [[Alice Chen]] the article 📅 2026-11-10\n", "- [ ] Call [[Alice Chen]] 📅 2026-11-09\n");
    writeFileSync(join(loaded.root, PROMISES), changed);
    clickDone(loaded, "Send the article");
    await vi.waitFor(() => expect(Notice.shown).toContain("That task has changed since the list was shown; opening its note."));
    expect(loaded.read(PROMISES)).toBe(changed);
    await vi.waitFor(() => expect(loaded.app.workspace.getActiveFile()?.path).toBe(PROMISES));
  });

  it("Open goes to the promise's line wherever it moved", async () => {
    const loaded = await loadVault(EXAMPLE);
    await runCommand(loaded.app, "open-sidebar");
    writeFileSync(join(loaded.root, PROMISES), `# Moved\n\n${ORIGINAL}`);
    sidebarRow(loaded.app, "Send the article").click();
    await vi.waitFor(() => expect(loaded.app.workspace.activeLeaf?.eState).toEqual({ line: 6 }));
  });
});

describe("recurring tasks keep recurring", () => {
  const RECURRING = "- [ ] Call [[Alice Chen]] 🔁 every week 📅 2026-11-20";

  it("without the Tasks plugin: left alone, and the user is told why", async () => {
    const loaded = await loadVault(EXAMPLE);
    await write(loaded, PROMISES, `${ORIGINAL}${RECURRING}\n`);
    await loaded.plugin.settled();
    await runCommand(loaded.app, "open-sidebar");
    clickDone(loaded, "Call 🔁 every week");
    await vi.waitFor(() => expect(Notice.shown.some((n) => n.includes("that task recurs (🔁); turn on the Tasks plugin"))).toBe(true));
    expect(loaded.read(PROMISES)).toBe(`${ORIGINAL}${RECURRING}\n`);
  });

  it("with the Tasks plugin: what its API writes (the next occurrence too) replaces the line", async () => {
    const loaded = await loadVault(EXAMPLE);
    const asked: Array<[string, string]> = [];
    loaded.app.plugins.enabledPlugins.add("obsidian-tasks-plugin");
    loaded.app.plugins.plugins["obsidian-tasks-plugin"] = {
      apiV1: {
        executeToggleTaskDoneCommand: (line: string, path: string) => {
          asked.push([line, path]);
          return `${line.replace("2026-11-20", "2026-11-27")}\n${line.replace("[ ]", "[x]")} ✅ 2026-11-23`;
        },
      },
    };
    await write(loaded, PROMISES, `${ORIGINAL}${RECURRING}\n`);
    await loaded.plugin.settled();
    await runCommand(loaded.app, "open-sidebar");
    clickDone(loaded, "Call 🔁 every week");
    await vi.waitFor(() =>
      expect(loaded.read(PROMISES)).toBe(`${ORIGINAL}- [ ] Call [[Alice Chen]] 🔁 every week 📅 2026-11-27\n- [x] Call [[Alice Chen]] 🔁 every week 📅 2026-11-20 ✅ 2026-11-23\n`),
    );
    // Asked with the task's line and note (once to see what would change, once inside the atomic write).
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked.map((a) => a.join("|")))).toEqual(new Set([`${RECURRING}|${PROMISES}`]));
  });
});

describe("typing not yet saved survives", () => {
  it("logging while today's note is open with unsaved text writes through the editor", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "# Monday\n");
    const leaf = loaded.app.workspace.getLeaf(false);
    await leaf.openFile(loaded.app.vault.getFileByPath(TODAY)!);
    const editor = (leaf.view as MarkdownView).editor;
    editor.replaceRange("Standup went long\n", { line: 1, ch: 0 });
    expect(editor.dirty).toBe(true);
    expect(loaded.read(TODAY)).toBe("# Monday\n");
    await log(loaded, "Frank Müller");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\nStandup went long\n- [[Frank Müller]]\n"));
  });

  it("the stand-in loses one of the two when a write goes around the open editor (why the editor is used)", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    const file = await loaded.app.vault.create(TODAY, "# Monday\n");
    const leaf = loaded.app.workspace.getLeaf(false);
    await leaf.openFile(file);
    const editor = (leaf.view as MarkdownView).editor;
    editor.replaceRange("Standup went long\n", { line: 1, ch: 0 });
    await loaded.app.vault.process(file, (text) => `${text}- [[Frank Müller]]\n`);
    editor.save();
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\nStandup went long\n"));
  });
});

describe("writes stay in the vault", () => {
  it.each([
    ['{"folder": "../escape", "format": "YYYY-MM-DD"}', 'its folder "../escape" and format "YYYY-MM-DD" (Obsidian\'s daily note settings) give a path Rapport will not write: "../escape/2026-11-23.md" leads outside the vault'],
    ['{"folder": "Journal", "format": "YYYY-MM-DD HH:mm"}', 'its folder "Journal" and format "YYYY-MM-DD HH:mm" (Obsidian\'s daily note settings) give a path Rapport will not write: "2026-11-23 09:30.md" has ":", which Windows, Android and iOS do not allow in a file name'],
  ])("daily notes set to %s: a notice naming the setting, and nothing written", async (settings, why) => {
    const loaded = await loadVault(EXAMPLE);
    writeFileSync(join(loaded.root, ".obsidian/daily-notes.json"), settings);
    await loaded.plugin.rebuildIndex();
    const files = loaded.app.vault.getFiles().length;
    await log(loaded, "Frank Müller");
    expect(Notice.shown).toContain(`Rapport did not log Frank Müller in today's note: ${why}.`);
    expect(loaded.app.vault.getFiles()).toHaveLength(files);
  });

  it("a folder with the daily note's name: a notice, no failure, nothing written", async () => {
    const loaded = await loadVault(EXAMPLE);
    mkdirSync(join(loaded.root, TODAY), { recursive: true });
    await loaded.app.vault.createFolder(TODAY);
    await log(loaded, "Frank Müller");
    expect(Notice.shown).toContain(`Rapport did not log Frank Müller in today's note: a folder is named ${TODAY}, as today's note would be.`);
  });
});

describe("an appended line counts", () => {
  it("after a callout, a blank line comes first", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "> [!todo] Today\n> call the bank");
    await log(loaded, "Frank Müller");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("> [!todo] Today\n> call the bank\n\n- [[Frank Müller]]\n"));
    await loaded.plugin.settled();
    await vi.waitFor(() => expect(loaded.plugin.report()?.people.find((p) => p.name === "Frank Müller")?.lastContact).toBe("2026-11-23"));
  });

  it("inside a code block never closed: nothing written, and the line that opens it named", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "# Monday\n\n```js\nconst x = 1;\n");
    await log(loaded, "Frank Müller");
    expect(Notice.shown).toContain(`Rapport did not log Frank Müller in ${TODAY}: the note ends inside a code block opened on line 3.`);
    expect(loaded.read(TODAY)).toBe("# Monday\n\n```js\nconst x = 1;\n");
  });

  it("a CRLF note stays CRLF", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "# Monday\r\n- standup\r\n");
    await log(loaded, "Frank Müller");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\r\n- standup\r\n- [[Frank Müller]]\r\n"));
  });
});

describe("frontmatter edits keep the user's text", () => {
  it("snooze adds one line and keeps comments, flow lists and quoting byte for byte", async () => {
    const loaded = await loadVault(EXAMPLE);
    const path = "People/Alice Chen.md";
    const note = "---\ntype: person\naliases: [Ali, 'Alice C.']   # how she signs\ncadence: every 2 weeks        # how often to reconnect\nbirthday: \"1990-04-12\"\n---\n# Alice Chen\n";
    await write(loaded, path, note);
    await loaded.plugin.settled();
    await loaded.plugin.actions.snooze(path, "2026-12-01");
    expect(loaded.read(path)).toBe(note.replace("---\n# Alice", "snooze_until: 2026-12-01\n---\n# Alice"));
    // Again: the value changes on its own line, the rest stays.
    await loaded.plugin.settled();
    await loaded.plugin.actions.snooze(path, "2026-12-24");
    expect(loaded.read(path)).toBe(note.replace("---\n# Alice", "snooze_until: 2026-12-24\n---\n# Alice"));
  });
});

describe("undo", () => {
  it("a log's Undo restores today's note byte for byte", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "# Monday\n- standup");
    await log(loaded, "Frank Müller");
    const notice = Notice.all.find((n) => n.noticeEl.textContent?.startsWith("Logged Frank Müller"));
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\n- standup\n- [[Frank Müller]]\n"));
    notice?.click("Undo");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\n- standup"));
  });

  it("takes back only its own line when the user wrote since, and not a line typed on", async () => {
    const loaded = await loadVault(EXAMPLE);
    await loaded.app.vault.createFolder("Journal/2026/11");
    await loaded.app.vault.create(TODAY, "# Monday\n");
    await loaded.app.workspace.getLeaf().openFile(loaded.app.vault.getFileByPath(TODAY)!);
    await log(loaded, "Frank Müller");
    await log(loaded, "Mia Rossi");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday\n- [[Frank Müller]]\n- [[Mia Rossi]]\n"));
    const editor = (loaded.app.workspace.activeLeaf?.view as MarkdownView).editor;
    editor.setValue("# Monday!\n- [[Frank Müller]]\n- [[Mia Rossi]] coffee\n");
    editor.save();
    await runCommand(loaded.app, "undo-last-change"); // Mia's line: typed on since, so it stays
    expect(Notice.shown).toContain(`Rapport could not undo its change to ${TODAY}: the lines Rapport wrote have changed since.`);
    await runCommand(loaded.app, "undo-last-change"); // Frank's line: as written, so it goes
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("# Monday!\n- [[Mia Rossi]] coffee\n"));
    await runCommand(loaded.app, "undo-last-change");
    expect(Notice.shown).toContain("Rapport has made no change to undo.");
  });

  it("removes a note it created only while the note is as created", async () => {
    const loaded = await loadVault(EXAMPLE);
    await log(loaded, "Frank Müller");
    await vi.waitFor(() => expect(loaded.read(TODAY)).toBe("- [[Frank Müller]]\n"));
    await runCommand(loaded.app, "undo-last-change");
    await vi.waitFor(() => expect(loaded.app.vault.getFileByPath(TODAY)).toBeNull());
  });

  it("undoes the last twenty-five writes of the session, newest first, back to the notes as they were", async () => {
    const loaded = await loadVault(EXAMPLE);
    const path = "People/Grace Lee.md";
    const original = loaded.read(path);
    for (let day = 1; day <= 25; day++) {
      await loaded.plugin.actions.snooze(path, `2027-01-${String(day).padStart(2, "0")}`);
      await loaded.plugin.settled();
    }
    expect(loaded.read(path)).toContain("snooze_until: 2027-01-25");
    for (let i = 0; i < 25; i++) await runCommand(loaded.app, "undo-last-change");
    expect(loaded.read(path)).toBe(original);
  });
});

