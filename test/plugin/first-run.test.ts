/**
 * A new user's way in, in the stand-in: an empty vault, the sidebar's first-run page, Add person, triage
 * to a cadence, and the sidebar and status bar that follow; then a night passing with no edit.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FormModal } from "../../src/plugin/modals/form-modal";
import { TriageModal } from "../../src/plugin/modals/triage-modal";
import { dueView, loadNotes, loadVault, openModal, pinToday, press, runCommand, sidebarText } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

function statusBar(app: { statusBarEl: HTMLElement }): string | null {
  const item = app.statusBarEl.querySelector<HTMLElement>(".rapport-status-bar");
  return item && item.style.display !== "none" ? item.textContent : null;
}

describe("the first run", () => {
  it("leads from an empty vault to a tracked person: Add person, then triage gives a cadence", async () => {
    const { app, read } = await loadVault(null);
    await runCommand(app, "open-sidebar");
    expect(sidebarText(app)).toEqual([
      "No people yet",
      "Rapport shows who you have not talked to in a while and what you promised, from your daily notes.",
      "Or open a note you already have and make it a person, from the command palette. Then mention people in your daily notes: type @ to pick someone.",
    ]);
    expect(dueView(app).contentEl.querySelector(".rapport-rule pre")?.textContent).toBe("---\ntype: person\ncadence: every 2 weeks\n---\n# Alice Chen\n");
    expect(statusBar(app)).toBeNull();

    (dueView(app).contentEl.querySelector(".rapport-first-run button.mod-cta") as HTMLElement).click();
    const form = openModal(FormModal);
    form.setValues(["Nina Park", "", ""]);
    form.save();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("People/Nina Park.md"));
    expect(read("People/Nina Park.md")).toBe("---\ntype: person\n---\n# Nina Park\n");
    // With no cadence she is not due, but the sidebar says so and leads to triage.
    await vi.waitFor(() => expect(sidebarText(app)).toEqual(["Nobody is due. Enjoy the quiet.", "1 person without a cadence Triage"]));

    (dueView(app).contentEl.querySelector(".rapport-triage-button") as HTMLElement).click();
    const triage = openModal(TriageModal);
    expect(triage.titleEl.textContent).toBe("Triage: 1 of 1");
    expect(Array.from(triage.contentEl.querySelectorAll(".rapport-triage-answer"), (b) => b.textContent)).toEqual([
      "1 every 2 weeks",
      "2 every month",
      "3 every 3 months",
      "4 every 6 months",
      "5 every year",
      "G Add to a group…",
      "N Not tracked",
      "S Skip",
    ]);
    press(triage, "2");
    await vi.waitFor(() => expect(read("People/Nina Park.md")).toBe("---\ntype: person\ncadence: every month\n---\n# Nina Park\n"));
    expect(triage.contentEl.textContent).toContain("All done.");
    // No contact yet: a check-in is due today, in the sidebar and the status bar.
    await vi.waitFor(() => expect(sidebarText(app)).toEqual(["Due in the next 7 days (1)", "  Nina Park | today | every month · no contact yet"]));
    expect(statusBar(app)).toBe("1 due");
  });
});

describe("a new day", () => {
  it("re-renders the sidebar and the status bar with no edit, when the window comes back to the front", async () => {
    const { app } = await loadNotes({
      "People/Ann Lee.md": "---\ntype: person\ncadence: every week\n---\n",
      "2026-10-26.md": "- Met [[Ann Lee]] at the fair\n",
      "2026-11-16.md": "- Coffee with [[Ann Lee]]\n",
    });
    await runCommand(app, "open-sidebar");
    expect(sidebarText(app)).toEqual(["Due in the next 7 days (1)", "  Ann Lee | today | every week · last contact 7 days ago"]);
    expect(statusBar(app)).toBe("1 due");
    vi.setSystemTime(new Date("2026-11-24T07:10:00"));
    window.dispatchEvent(new Event("focus"));
    expect(sidebarText(app)).toEqual(["Check-ins overdue (1)", "  Ann Lee | 1 day overdue | every week · last contact 8 days ago"]);
    expect(statusBar(app)).toBe("1 due");
  });
});
