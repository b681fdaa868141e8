import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RapportSettingTab } from "../../src/plugin/settings-tab";
import { EXAMPLE, loadVault, manifest, personRef, pinToday } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

function settingNamed(tab: RapportSettingTab, name: string): HTMLElement {
  const setting = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
  if (!setting) throw new Error(`no setting "${name}"`);
  return setting;
}

function input(tab: RapportSettingTab, name: string): HTMLInputElement {
  const el = settingNamed(tab, name).querySelector("input");
  if (!el) throw new Error(`no field in the setting "${name}"`);
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
  it("opens with a status line, lists the settings in sections, and shows the daily-note setup in use", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    const report = plugin.report();
    const withoutCadence = report?.people.filter((p) => p.cadence === null).length ?? 0;
    expect(tab.containerEl.querySelector(".rapport-settings-status")?.textContent).toBe(`${report?.people.length ?? 0} people · ${withoutCadence} without a cadence · 1 problem`);
    const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading")).map((h) => h.textContent);
    expect(headings).toEqual(["People", "Triage", "Due list", "Follow-through", "Group cadences", "Daily notes", "Property names"]);
    expect(tab.containerEl.querySelector(".rapport-in-use")?.textContent).toBe("In use: the folder Journal, format YYYY/MM/YYYY-MM-DD dddd.");
    expect(() => input(tab, "Daily note folder")).toThrow();
    // Every field says what it is for.
    const undescribed = Array.from(tab.containerEl.querySelectorAll(".setting-item:not(.setting-item-heading)")).filter((s) => s.querySelector("input") && s.querySelector(".setting-item-description")?.textContent === "");
    expect(undescribed.map((s) => s.querySelector(".setting-item-name")?.textContent)).toEqual([]);
  });

  it("refuses a window that is negative or no number, with the reason, and keeps the last good value", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    const field = input(tab, "Due soon window");
    const problem = () => field.closest(".setting-item")?.querySelector(".rapport-setting-problem")?.textContent;
    type(field, "-3");
    expect(problem()).toBe("A number of days cannot be negative; the last good value stays.");
    // A number field holds no text: letters typed leave it empty, as in a browser.
    type(field, "soon");
    expect(problem()).toBe("Enter a number of days; 0 turns this off.");
    expect(plugin.settings.dueSoonDays).toBe(7);
    type(field, "0");
    expect(problem()).toBe("");
    expect(plugin.settings.dueSoonDays).toBe(0);
  });

  it("refuses a triage preset that is no cadence", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    type(input(tab, "Key 1"), "fortnightly-ish");
    expect(input(tab, "Key 1").closest(".setting-item")?.querySelector(".setting-item-description")?.textContent).toMatch(/^Not understood: /);
    expect(plugin.settings.cadencePresets[0]).toBe("every 2 weeks");
    type(input(tab, "Key 1"), "every 10 days");
    expect(plugin.settings.cadencePresets[0]).toBe("every 10 days");
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
    (settingNamed(tab, "Use Obsidian's daily note settings").querySelector(".checkbox-container") as HTMLElement).click();
    // Rapport's own fields start from what Obsidian's settings gave.
    expect(input(tab, "Daily note folder").value).toBe("Journal");
    expect(input(tab, "Daily note format").value).toBe("YYYY/MM/YYYY-MM-DD dddd");
    type(input(tab, "Daily note folder"), "Elsewhere");
    type(input(tab, "Daily note format"), "YYYY-MM-DD");
    // Today's note is now made in that folder, in the format of Rapport's own setting.
    await vi.waitFor(() => expect(plugin.dailyNotes()).toMatchObject({ folder: "Elsewhere", format: "YYYY-MM-DD" }));
    await plugin.log.writeInteraction(personRef(plugin, "Mia Rossi"), "");
    await vi.waitFor(() => expect(read("Elsewhere/2026-11-23.md")).toBe("- [[Mia Rossi]]\n"));
  });

  it("lists each group's cadence, reads a new one as typed, and applies it at once", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    const tab = openSettings(app.settingTabs[0]);
    expect(settingNamed(tab, "family").querySelector(".setting-item-description")?.textContent).toBe("Sets every month.");
    type(input(tab, "family"), "every other full moon");
    expect(settingNamed(tab, "family").querySelector(".setting-item-description")?.textContent).toMatch(/^Not understood: /);
    type(input(tab, "family"), "every 2 weeks");
    // Ben Davis, last seen on 15 October, takes the family's cadence: due on the 29th.
    await vi.waitFor(() => expect(plugin.report()?.people.find((p) => p.name === "Ben Davis")).toMatchObject({ cadence: "every 2 weeks", due: "2026-10-29", cadenceGroup: "family" }));
  });

  it("turns replies off with an empty reply tag", async () => {
    const { app, plugin } = await loadVault(EXAMPLE);
    expect(plugin.report()?.replies.length).toBeGreaterThan(0);
    const tab = openSettings(app.settingTabs[0]);
    type(input(tab, "Reply tag"), "");
    await vi.waitFor(() => expect(plugin.report()?.replies).toEqual([]));
  });
});
