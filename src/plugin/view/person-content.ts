/**
 * The person panel's content: one person at a glance. Their check-in and last contact, how well I keep
 * my word to them, the promises open both ways, a year of contact as a heatmap, and the timeline of what
 * happened, newest first, each entry opening its line.
 */
import type { IsoDate } from "../../core/calendar/dates";
import type { CommitmentRow } from "../../core/report/due-report";
import type { PersonSummary } from "../../core/report/person-summary";
import type { TimelineEvent } from "../../core/report/timeline";
import { dayCount, relativeDay } from "../../core/text/wording";
import { followThroughText } from "./due-content";
import { commitmentWhen, personWhen, replyWords } from "./due-rows";
import { renderHeatmap } from "./heatmap-grid";
import { collapsibleSection, iconButton } from "./tree";
import type { SectionState } from "./due-content";

export interface PersonActions {
  openNote(path: string, event: MouseEvent | KeyboardEvent): void;
  openLine(path: string, line: number, event: MouseEvent | KeyboardEvent): void;
  openCommitment(commitment: CommitmentRow, event: MouseEvent | KeyboardEvent): void;
  markDone(commitment: CommitmentRow): void;
  setCadence(path: string): void;
  monthName(date: IsoDate): string;
  viewChanged(): void;
}

/** Timeline entries shown before "Show N more". */
export const TIMELINE_ROWS = 20;

export function buildPersonContent(summary: PersonSummary, today: IsoDate, sections: SectionState, actions: PersonActions): HTMLElement {
  const { row } = summary;
  const root = createDiv({ cls: "rapport-person" });
  const title = root.createDiv({ cls: "rapport-person-title" });
  const name = title.createEl("a", { cls: "internal-link rapport-person-name", text: row.name, attr: { href: row.path, "data-href": row.path } });
  name.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(row.path, event);
  });
  const when = personWhen(row, today);
  // "due today", "due in 3 days"; as the row says it when overdue, snoozed or ended.
  const dueWords = row.daysOverdue > 0 || row.status === "snoozed" || row.status === "ended" || when === "" ? when : `due ${when}`;
  title.createSpan({ cls: "rapport-when", text: dueWords }).toggleClass("is-overdue", row.daysOverdue > 0);

  const facts = root.createDiv({ cls: "rapport-facts" });
  const cadence = fact(facts, "Cadence", row.cadenceText ?? "none yet");
  iconButton(cadence, "pencil", "Set cadence", () => actions.setCadence(row.path));
  if (row.due !== null && row.status !== "snoozed") fact(facts, "Next check-in", row.due);
  fact(facts, "Last contact", row.lastContact === null ? "no contact yet" : `${row.lastContact} (${relativeDay(row.lastContact, today)})`);
  if (row.groups.length > 0) fact(facts, "Groups", row.groups.join(", "));
  const { drift } = summary;
  if (drift.rhythmDays !== null) {
    const since = drift.daysSince === null ? "" : `; ${dayCount(drift.daysSince)} since the last`;
    fact(facts, "Rhythm", `about every ${dayCount(drift.rhythmDays)}${since}${drift.drifting ? ": drifting" : ""}`).toggleClass("is-drifting", drift.drifting);
  }
  const followThrough = followThroughText(row.followThrough);
  if (followThrough !== "") fact(facts, "Follow-through", followThrough);

  const section = (id: string, title: string, count: number, fill: (el: HTMLElement) => void, folded = false) => {
    collapsibleSection(root, {
      title,
      count,
      collapsed: !(sections.open.get(id) ?? !folded),
      onToggle: (collapsed) => {
        sections.open.set(id, !collapsed);
        actions.viewChanged();
      },
      fill,
    });
  };
  if (summary.owedByMe.length > 0) section("owed-by-me", "Promises I owe", summary.owedByMe.length, (el) => summary.owedByMe.forEach((c) => promiseRow(el, c, today, actions)));
  if (summary.owedToMe.length > 0) section("owed-to-me", "Waiting on them", summary.owedToMe.length, (el) => summary.owedToMe.forEach((c) => promiseRow(el, c, today, actions)));
  const line = (path: string, at: number) => (event: MouseEvent | KeyboardEvent) => actions.openLine(path, at, event);
  if (summary.replies.length > 0) {
    section("replies", "Replies I owe", summary.replies.length, (el) =>
      summary.replies.forEach((r) => {
        const { what, when } = replyWords(r, today);
        lineRow(el, what, when, line(r.path, r.line));
      }),
    );
  }
  if (summary.thanks.length > 0) section("thanks", "Thanks to give", summary.thanks.length, (el) => summary.thanks.forEach((t) => lineRow(el, t.text || "Their help", t.since, line(t.path, t.line))));
  if (summary.asks.length > 0) section("asks", "Ask about", summary.asks.length, (el) => summary.asks.forEach((a) => lineRow(el, a.about, a.date <= today ? "now" : `from ${a.date}`, line(a.path, a.line))));
  section("heatmap", "Contact in the last twelve months", summary.heatmap.daysWithContact, (el) => renderHeatmap(el, summary.heatmap, (date) => actions.monthName(date)));
  section("timeline", "Timeline", summary.timeline.length, (el) => {
    if (summary.timeline.length === 0) el.createDiv({ cls: "rapport-status", text: "Nothing logged yet." });
    const limit = sections.showAll.has("timeline") ? summary.timeline.length : TIMELINE_ROWS;
    for (const event of summary.timeline.slice(0, limit)) timelineRow(el, event, actions);
    const rest = summary.timeline.length - limit;
    if (rest > 0) {
      const more = el.createDiv({ cls: "tree-item-self is-clickable rapport-more", text: `Show ${rest} more`, attr: { role: "button", tabindex: "0" } });
      more.addEventListener("click", () => {
        sections.showAll.add("timeline");
        actions.viewChanged();
      });
    }
  });
  return root;
}

function fact(parent: HTMLElement, label: string, value: string): HTMLElement {
  const el = parent.createDiv({ cls: "rapport-fact" });
  el.createDiv({ cls: "rapport-fact-label", text: label });
  const valueEl = el.createDiv({ cls: "rapport-fact-value" });
  valueEl.createSpan({ text: value });
  return valueEl;
}

function promiseRow(parent: HTMLElement, c: CommitmentRow, today: IsoDate, actions: PersonActions): void {
  const el = lineRow(parent, c.text || "(no words)", commitmentWhen(c, today), (event) => actions.openCommitment(c, event));
  el.querySelector(".rapport-when")?.toggleClass("is-overdue", c.daysOverdue > 0);
  // As in the sidebar: on hover on a desktop, always on a phone.
  iconButton(el.createDiv({ cls: "rapport-row-actions" }), "check", "Mark done today", () => actions.markDone(c));
}

function timelineRow(parent: HTMLElement, event: TimelineEvent, actions: PersonActions): void {
  const what = event.kind === "commitment" ? `${event.status === "done" ? "Kept" : event.status === "cancelled" ? "Cancelled" : "Promised"}: ${event.text}` : event.text || "(no words)";
  const el = lineRow(parent, what, event.date ?? "no date", (e) => actions.openLine(event.path, event.line, e));
  el.addClass("rapport-timeline-entry");
  // Kinds the words do not show already (a meeting note's tags, say), as tags under them.
  const unseen = event.kinds.filter((kind) => !event.text.toLowerCase().includes(`#${kind}`));
  if (unseen.length > 0) {
    const kinds = el.querySelector(".rapport-row-body")?.createDiv({ cls: "rapport-kinds" });
    for (const kind of unseen) kinds?.createSpan({ cls: "tag", text: `#${kind}` });
  }
}

/** A row that opens a line of a note: words, and a date on the right. */
function lineRow(parent: HTMLElement, words: string, when: string, open: (event: MouseEvent | KeyboardEvent) => void): HTMLElement {
  const el = parent.createDiv({ cls: "tree-item-self is-clickable rapport-row", attr: { tabindex: "0" } });
  const body = el.createDiv({ cls: "tree-item-inner rapport-row-body" });
  const line = body.createDiv({ cls: "rapport-row-line" });
  line.createSpan({ cls: "rapport-row-words", text: words });
  line.createSpan({ cls: "rapport-when", text: when });
  el.addEventListener("click", open);
  el.addEventListener("keydown", (event) => event.key === "Enter" && open(event));
  return el;
}
