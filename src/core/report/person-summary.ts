/**
 * One person at a glance, for the person panel: their row of the due list (cadence, next check-in, last
 * contact, follow-through), the promises open both ways, the contact heatmap of the last twelve months,
 * and the timeline of what happened, newest first.
 */
import type { IsoDate } from "../calendar/dates";
import type { Model } from "../index/model";
import type { CommitmentRow, DueReport, PersonRow } from "./due-report";
import { contactHeatmap, type Heatmap } from "./heatmap";
import { timeline, type TimelineEvent } from "./timeline";

export interface PersonSummary {
  row: PersonRow;
  /** Open promises I owe them, earliest due first. */
  owedByMe: CommitmentRow[];
  /** Open promises they owe me. */
  owedToMe: CommitmentRow[];
  heatmap: Heatmap;
  timeline: TimelineEvent[];
}

/** `weekStart`: the locale's first day of the week, 0 for Sunday. Null when `path` is no person. */
export function personSummary(model: Model, report: DueReport, path: string, weekStart: number): PersonSummary | null {
  const row = report.people.find((p) => p.path === path);
  if (!row) return null;
  const open = report.commitments.filter((c) => c.personPath === path && c.status === "open");
  const contacts = model.interactionsOf(path).map((i) => i.date).filter((date: IsoDate) => date <= report.today);
  return {
    row,
    owedByMe: open.filter((c) => c.direction === "owed-by-me"),
    owedToMe: open.filter((c) => c.direction === "owed-to-me"),
    heatmap: contactHeatmap(contacts, report.today, weekStart),
    timeline: timeline(model, path),
  };
}
