/**
 * The sidebar's content as the bench times it, in happy-dom (bench.ts) and in Chromium
 * (view-in-browser.ts): every section for everyone, with the default settings and actions that do nothing.
 */
import type { DueReport } from "../src/core/report/due-report";
import { buildDueContent, ROWS_PER_SECTION, type DueActions } from "../src/plugin/view/due-content";

const noop = () => undefined;
const actions: DueActions = {
  openNote: noop,
  openLine: noop,
  hoverNote: noop,
  openCommitment: noop,
  logInteraction: noop,
  snoozeMenu: noop,
  markDone: noop,
  personMenu: noop,
  commitmentMenu: noop,
  addPerson: noop,
  triage: noop,
  setGroup: noop,
  viewChanged: noop,
};

export function sidebarContent(report: DueReport): HTMLElement {
  const sections = { open: new Map<string, boolean>(), showAll: new Set<string>() };
  return buildDueContent({ report, group: "", dueSoonDays: 7, birthdayDays: 14, rowsPerSection: ROWS_PER_SECTION, sections, personRule: "type: person", examplePerson: "" }, actions);
}
