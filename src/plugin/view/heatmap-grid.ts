/**
 * The contact heatmap, drawn as a contribution calendar: a column a week, a cell a day, darker for more
 * interactions, in the theme's accent colour (styles.css). Month names above the weeks they begin.
 */
import type { Heatmap } from "../../core/report/heatmap";
import type { IsoDate } from "../../core/calendar/dates";

/** Shades above "none": a cell's level is its share of the busiest day, in quarters. */
const LEVELS = 4;

export function levelOf(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * LEVELS));
}

/** `monthName` gives the locale's short name of a date's month ("Nov"). */
export function renderHeatmap(parent: HTMLElement, heatmap: Heatmap, monthName: (date: IsoDate) => string): HTMLElement {
  const figure = parent.createDiv({ cls: "rapport-heatmap" });
  const months = figure.createDiv({ cls: "rapport-heatmap-months" });
  const grid = figure.createDiv({ cls: "rapport-heatmap-grid", attr: { role: "img" } });
  heatmap.weeks.forEach((week, column) => {
    // One label slot a week (the grid places them in columns): a month's name in the week it begins.
    const first = week[0]?.date ?? null;
    const begins = first !== null && (column === 0 ? first.slice(8) <= "07" : first.slice(0, 7) !== heatmap.weeks[column - 1]?.[0]?.date.slice(0, 7));
    months.createSpan({ cls: "rapport-heatmap-month", text: begins ? monthName(first) : "" });
    for (const day of week) {
      const cell = grid.createDiv({ cls: "rapport-heatmap-cell" });
      if (day === null) {
        cell.addClass("is-future");
        continue;
      }
      cell.setAttr("data-level", String(levelOf(day.count, heatmap.max)));
      cell.setAttr("aria-label", `${day.date}: ${day.count === 1 ? "1 interaction" : `${day.count} interactions`}`);
    }
  });
  const days = heatmap.daysWithContact;
  grid.setAttr("aria-label", `Contact on ${days === 1 ? "1 day" : `${days} days`} in the last twelve months`);
  return figure;
}
