import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RapportSettingTab } from "../../src/plugin/settings-tab";
import { EXAMPLE, loadVault, manifest, pinToday } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

function input(tab: RapportSettingTab, name: string): HTMLInputElement {
  const setting = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
  const el = setting?.querySelector("input");
  if (!el) throw new Error(`no setting "${name}"`);
  return el;
}

/** Shows the tab as Obsidian's settings window does: attached to the document, then displayed. */
function openSettings(tabObject: unknown): RapportSettingTab {
  const tab = tabObject as RapportSettingTab;
  document.body.appendChild(tab.containerEl);
  (tab as { display(): void }).display();
  return tab;
}

function type(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input"));
}

describe("settings", () => {
  it("lists the settings in sections, with the daily-note fields hidden while Obsidian's are used", async () => {
    const { app } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading")).map((h) => h.textContent);
    expect(headings).toEqual(["People", "Due list", "Daily notes", "Property names"]);
    expect((input(tab, "Daily note folder").closest(".setting-item") as HTMLElement).isShown()).toBe(false);
  });

  it("a default cadence applies at once: untracked people become tracked", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    type(input(tab, "Default cadence"), "every 3 weeks");
    expect(tab.containerEl.textContent).toContain("For people whose note has none: every 3 weeks.");
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Hiro Tanaka")).toMatchObject({ cadence: "every 3 weeks", status: "due" }));
    expect((JSON.parse(read(`.obsidian/plugins/${manifest.id}/data.json`)) as { defaultCadence: string }).defaultCadence).toBe("every 3 weeks");
  });

  it("says when a default cadence is not understood", async () => {
    const { app } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    type(input(tab, "Default cadence"), "now and then");
    expect(tab.containerEl.textContent).toContain('Not understood: cadence "now and then" is not a rule Rapport understands');
  });

  it("a narrower due-soon window and an own daily-note format apply at once", async () => {
    const { app, plugin, read } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    type(input(tab, "Due soon window"), "3");
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Bob Martinez")?.status).toBe("ok"));
    (tab.containerEl.querySelector(".checkbox-container") as HTMLElement).click();
    expect((input(tab, "Daily note folder").closest(".setting-item") as HTMLElement).isShown()).toBe(true);
    type(input(tab, "Daily note folder"), "Elsewhere");
    // Today's note is now made in that folder, in the format of Rapport's own setting.
    await vi.waitFor(() => expect(plugin.dailyNotes()).toMatchObject({ folder: "Elsewhere", format: "YYYY-MM-DD" }));
    await plugin.actions.logInteraction("Mia Rossi");
    await vi.waitFor(() => expect(read("Elsewhere/2026-11-23.md")).toBe("- [[Mia Rossi]] \n"));
  });
});
