/**
 * The sidebar's content as the bench times it, in happy-dom (bench.ts) and in Chromium
 * (view-in-browser.ts): every section for everyone, with the default settings and actions that do nothing.
 */
import type { DueReport } from "../src/core/report/due-report";
import { buildDueContent, ROWS_PER_SECTION } from "../src/plugin/view/due-content";

const noop = () => undefined;
const actions = { openNote: noop, hoverNote: noop, logInteraction: noop, snooze: noop, markDone: noop, openCommitment: noop, showProblems: noop, setGroup: noop };

export function sidebarContent(report: DueReport): HTMLElement {
  return buildDueContent({ report, group: "", dueSoonDays: 7, birthdayDays: 14, rowsPerSection: ROWS_PER_SECTION }, actions);
}
