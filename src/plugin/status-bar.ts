/** The status bar's count of what is due today (desktop only: phones have no status bar), opening the sidebar. */
import type { DueReport } from "../core/report/due-report";
import { dueTodayCount } from "../core/report/due-today";

export function showDueToday(el: HTMLElement, report: DueReport | null): void {
  const count = report === null ? 0 : dueTodayCount(report);
  // Nothing due, nothing shown: the status bar is for what needs the user.
  el.toggle(count > 0);
  el.setText(`${count} due`);
  el.setAttr("aria-label", `${count === 1 ? "1 check-in, promise or reply" : `${count} check-ins, promises and replies`} due by today: open due to reconnect`);
}
