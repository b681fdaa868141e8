/** Triage, one person or name at a time, answered by key: every answer a write of its own. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GroupPicker } from "../../src/plugin/modals/group-picker";
import { TriageModal } from "../../src/plugin/modals/triage-modal";
import { Notice, SuggestModal } from "../obsidian/index";
import { loadNotes, manifest, openModal, pinToday, press, runCommand } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

const NOTES = {
  "People/Ann Lee.md": "---\ntype: person\n---\n# Ann Lee\n",
  "People/Ben Ode.md": "---\ntype: person\ngroups: [family]\n---\n# Ben Ode\n",
  "People/Cat Ray.md": "---\ntype: person\ncadence: none\n---\n# Cat Ray\n",
  "2026-10-01.md": "- Met [[Ann Lee]] and [[Cat Ray]] at the fair\n",
  "2026-11-09.md": "- Lunch with [[Ann Lee]] and [[Zed]]\n",
  "2026-11-16.md": "- Call with [[Ann Lee]] #call\n- [[zed]] and [[Yan]] at the pub\n",
};

function answers(triage: TriageModal): string[] {
  return Array.from(triage.contentEl.querySelectorAll(".rapport-triage-answer"), (b) => b.textContent ?? "");
}

describe("triage", () => {
  it("asks about each person with no cadence, then each name not yet a note, and writes each answer", async () => {
    const { app, plugin, read } = await loadNotes(NOTES);
    await runCommand(app, "triage");
    const triage = openModal(TriageModal);
    expect(triage.titleEl.textContent).toBe("Triage: 1 of 4");
    expect(triage.contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("Ann Lee");
    expect(Array.from(triage.contentEl.querySelectorAll(".rapport-triage-contact"), (c) => c.textContent)).toEqual([
      "2026-11-16 (7 days ago) Call with Ann Lee #call",
      "2026-11-09 (14 days ago) Lunch with Ann Lee and Zed",
      "2026-10-01 (53 days ago) Met Ann Lee and Cat Ray at the fair",
    ]);
    press(triage, "1");
    await vi.waitFor(() => expect(read("People/Ann Lee.md")).toBe("---\ntype: person\ncadence: every 2 weeks\n---\n# Ann Lee\n"));

    await vi.waitFor(() => expect(triage.contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("Ben Ode"));
    expect(triage.contentEl.textContent).toContain("No contact yet.");
    press(triage, "G");
    const picker = openModal(GroupPicker) as unknown as SuggestModal<string>;
    const shown = await picker.shown("climbing gym");
    expect(shown.map((s) => s.text)).toEqual(["New group: climbing gym"]);
    picker.selectSuggestion(shown[0]?.item ?? "", new KeyboardEvent("keydown"));
    await vi.waitFor(() => expect(read("People/Ben Ode.md")).toBe("---\ntype: person\ngroups: [family, \"climbing gym\"]\n---\n# Ben Ode\n"));

    await vi.waitFor(() => expect(triage.contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("Zed"));
    expect(triage.contentEl.querySelector(".rapport-triage-question")?.textContent).toBe("Linked 2 times and no note yet. Is this a person?");
    expect(answers(triage)).toEqual(["C Create person", "I Ignore this name", "S Skip"]);
    press(triage, "c");
    await vi.waitFor(() => expect(read("People/Zed.md")).toBe("---\ntype: person\n---\n# Zed\n"));

    await vi.waitFor(() => expect(triage.contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("Yan"));
    await plugin.settled();
    const reads = vi.spyOn(app.vault, "cachedRead");
    press(triage, "i");
    await vi.waitFor(() => expect(triage.contentEl.textContent).toContain("All done."));
    expect(plugin.settings.ignoredNames).toEqual(["Yan"]);
    expect(read(`.obsidian/plugins/${manifest.id}/data.json`)).toContain('"ignoredNames": [\n    "Yan"\n  ]');
    await vi.waitFor(() => expect(plugin.report()?.unresolved).toEqual([]));
    // Ignoring a name changes only the due list: no note is read again.
    expect(reads).not.toHaveBeenCalled();
  });

  it("N writes cadence: none, so the person is not asked about again; S skips without a write", async () => {
    const { app, plugin, read } = await loadNotes(NOTES);
    await runCommand(app, "triage");
    const triage = openModal(TriageModal);
    press(triage, "n");
    await vi.waitFor(() => expect(read("People/Ann Lee.md")).toBe("---\ntype: person\ncadence: none\n---\n# Ann Lee\n"));
    await vi.waitFor(() => expect(triage.titleEl.textContent).toBe("Triage: 2 of 4"));
    press(triage, "s");
    await vi.waitFor(() => expect(triage.titleEl.textContent).toBe("Triage: 3 of 4"));
    expect(read("People/Ben Ode.md")).toBe(NOTES["People/Ben Ode.md"]);
    triage.close();
    await plugin.settled();
    await runCommand(app, "triage");
    expect(openModal(TriageModal).titleEl.textContent).toBe("Triage: 1 of 3");
    expect(openModal(TriageModal).contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("Ben Ode");
  });

  it("answers a key alone or with Shift, never with Ctrl or Cmd, whose shortcuts keep their meaning", async () => {
    const { app, read } = await loadNotes(NOTES);
    await runCommand(app, "triage");
    const triage = openModal(TriageModal);
    expect(press(triage, "n", ["Mod"])).toBe(false);
    expect(press(triage, "1", ["Mod"])).toBe(false);
    expect(read("People/Ann Lee.md")).toBe(NOTES["People/Ann Lee.md"]);
    expect(press(triage, "S")).toBe(true);
    await vi.waitFor(() => expect(triage.titleEl.textContent).toBe("Triage: 2 of 4"));
  });

  it("leaves alone a person whose note changed while triage was open, and says so", async () => {
    const { app, read } = await loadNotes(NOTES);
    await runCommand(app, "triage");
    const triage = openModal(TriageModal);
    await app.vault.process(app.vault.getFileByPath("People/Ann Lee.md")!, () => "---\ntype: person\ncadence: monthly\n---\n# Ann Lee\n");
    // At once, before the index has the change: the note as it is now decides.
    press(triage, "1");
    await vi.waitFor(() => expect(Notice.shown).toContain("Rapport did not set cadence in People/Ann Lee.md: it has a cadence now (monthly), left as it is."));
    expect(read("People/Ann Lee.md")).toBe("---\ntype: person\ncadence: monthly\n---\n# Ann Lee\n");
  });

  it("offers no Create person for a name that cannot be a note's", async () => {
    const { app } = await loadNotes({ "People/Ann Lee.md": "---\ntype: person\ncadence: weekly\n---\n", "2026-11-16.md": "- Asked [[What?]] about it\n" });
    await runCommand(app, "triage");
    const triage = openModal(TriageModal);
    expect(triage.contentEl.querySelector(".rapport-triage-name")?.textContent).toBe("What?");
    expect(answers(triage)).toEqual(["I Ignore this name", "S Skip"]);
    expect(triage.contentEl.textContent).toContain("It cannot be a note's name: a note name cannot hold ?: links to it would break.");
  });
});
