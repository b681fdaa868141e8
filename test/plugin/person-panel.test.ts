/** The person panel: one person at a glance, opened by command, following the active person's note. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VIEW_TYPE_PERSON, type PersonView } from "../../src/plugin/view/person-view";
import type { App } from "../obsidian/index";
import { loadNotes, pinToday, runCommand, viewText } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

const NOTES = {
  "People/Ann Lee.md": "---\ntype: person\ncadence: every week\ngroups: [friends]\n---\n# Ann Lee\n",
  "People/Ben Ode.md": "---\ntype: person\n---\n# Ben Ode\n",
  "2025-06-01.md": "- Picnic with [[Ann Lee]] and [[Ben Ode]]\n",
  "2025-12-01.md": "- Met [[Ann Lee]] at the fair #event\n",
  "2026-11-09.md": "- Lunch with [[Ann Lee]] #lunch\n- [ ] Send [[Ann Lee]] the photos 📅 2026-11-20\n- [ ] [[Ann Lee]] to lend me the tent #waiting\n",
  "2026-11-16.md": "- Call with [[Ann Lee]] #call\n- [x] Book the table with [[Ann Lee]] 📅 2026-11-15 ✅ 2026-11-16\n- [[Ben Ode]] said hello\n",
};

function panel(app: App): PersonView {
  const view = app.workspace.getLeavesOfType(VIEW_TYPE_PERSON)[0]?.view;
  if (!view) throw new Error("the person panel is not open");
  return view as unknown as PersonView;
}

async function showAnn() {
  const loaded = await loadNotes(NOTES);
  await loaded.app.workspace.getLeaf(false).openFile(loaded.app.vault.getFileByPath("People/Ann Lee.md")!);
  await runCommand(loaded.app, "show-timeline");
  await vi.waitFor(() => expect(panel(loaded.app).personPath).toBe("People/Ann Lee.md"));
  return loaded;
}

describe("the person panel", () => {
  it("opens on the active note's person with their check-in, contact, follow-through, promises and timeline", async () => {
    const { app } = await showAnn();
    const el = panel(app).contentEl;
    expect(app.workspace.rightEl.contains(panel(app).containerEl)).toBe(true);
    expect(el.querySelector(".rapport-person-title")?.textContent).toBe("Ann Leedue today");
    expect(Array.from(el.querySelectorAll(".rapport-fact"), (f) => `${f.firstChild?.textContent ?? ""}: ${f.lastChild?.textContent ?? ""}`)).toEqual([
      "Cadence: every week",
      "Next check-in: 2026-11-23",
      "Last contact: 2026-11-16 (7 days ago)",
      "Groups: friends",
      "Follow-through: Promises: 1 kept after the date · 1 overdue",
    ]);
    expect(viewText(el)).toEqual([
      "Promises I owe (1)",
      "  Send the photos | 3 days overdue",
      "Waiting on them (1)",
      "  to lend me the tent | no date",
      "Contact in the last twelve months (3)",
      "Timeline (7)",
      // Newest first, an open promise by its due date; on one day, the later line first.
      "  Promised: Send the photos | 2026-11-20",
      "  Kept: Book the table with Ann Lee | 2026-11-16",
      "  Call with Ann Lee #call | 2026-11-16",
      "  Promised: to lend me the tent | 2026-11-09",
      "  Lunch with Ann Lee #lunch | 2026-11-09",
      "  Met Ann Lee at the fair #event | 2025-12-01",
      "  Picnic with Ann Lee and Ben Ode | 2025-06-01",
    ]);
  });

  it("draws a year of contact a week per column, weeks from the locale's first day, nothing after today", async () => {
    const { app } = await showAnn();
    const el = panel(app).contentEl;
    const cells = Array.from(el.querySelectorAll(".rapport-heatmap-cell"));
    expect(cells).toHaveLength(53 * 7);
    // Today is Monday 23 November; the English locale's weeks start on Sunday, so five days of this week are to come.
    expect(el.querySelectorAll(".rapport-heatmap-cell.is-future")).toHaveLength(5);
    expect(cells.filter((c) => c.getAttribute("data-level") !== "0" && !c.classList.contains("is-future")).map((c) => [c.getAttribute("aria-label"), c.getAttribute("data-level")])).toEqual([
      ["2025-12-01: 1 interaction", "2"],
      ["2026-11-09: 1 interaction", "2"],
      ["2026-11-16: 2 interactions", "4"],
    ]);
    expect(Array.from(el.querySelectorAll(".rapport-heatmap-month"), (m) => m.textContent).filter(Boolean)).toEqual(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
  });

  it("opens a timeline entry's line, and marks a promise done from its row", async () => {
    const { app, read } = await showAnn();
    const rows = Array.from(panel(app).contentEl.querySelectorAll<HTMLElement>(".rapport-timeline-entry"));
    rows.find((r) => r.textContent?.includes("Lunch with"))?.click();
    await vi.waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe("2026-11-09.md"));
    expect(app.workspace.activeLeaf?.eState).toEqual({ line: 0 });
    (panel(app).contentEl.querySelector('[aria-label="Mark done today"]') as HTMLElement).click();
    await vi.waitFor(() => expect(read("2026-11-09.md").split("\n")[1]).toBe("- [x] Send [[Ann Lee]] the photos 📅 2026-11-20 ✅ 2026-11-23"));
  });

  it("follows the person whose note is opened, as Backlinks follows the active note", async () => {
    const { app } = await showAnn();
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("People/Ben Ode.md")!);
    expect(panel(app).personPath).toBe("People/Ben Ode.md");
    expect(panel(app).contentEl.querySelector(".rapport-person-title")?.textContent).toBe("Ben Ode");
    // A note that is no person leaves the panel on the last person.
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("2026-11-16.md")!);
    expect(panel(app).personPath).toBe("People/Ben Ode.md");
  });

  it("follows the person's note when it is renamed, and lets go when it is deleted", async () => {
    const { app, plugin } = await showAnn();
    await app.fileManager.renameFile(app.vault.getFileByPath("People/Ann Lee.md")!, "People/Ann Lee-Park.md");
    await plugin.settled();
    await vi.waitFor(() => expect(panel(app).contentEl.querySelector(".rapport-person-title")?.textContent).toBe("Ann Lee-Parkdue today"));
    expect(panel(app).personPath).toBe("People/Ann Lee-Park.md");
    await app.fileManager.trashFile(app.vault.getFileByPath("People/Ann Lee-Park.md")!);
    expect(panel(app).personPath).toBeNull();
    expect(panel(app).contentEl.textContent).toBe("Open a person's note, or pick someone from the sidebar, to see them here.");
  });
});
