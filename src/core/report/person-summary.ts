/**
 * One person at a glance, for the person panel: their row of the due list (cadence, next check-in and
 * why, last contact, follow-through), whether they are drifting, the promises open both ways, the
 * replies and thank-yous I owe them and what to ask them about, the contact heatmap of the last twelve
 * months, and the timeline of what happened, newest first.
 */
import { daysBetween, type IsoDate } from "../calendar/dates";
import type { Model } from "../index/model";
import type { AskRow, CommitmentRow, DueReport, PersonRow, ReplyRow, ThanksRow } from "./due-report";
import { contactHeatmap, type Heatmap } from "./heatmap";
import { timeline, type TimelineEvent } from "./timeline";

/** Their rhythm and how far from it they are: for a line such as "Usually every 9 days; 23 days since". */
export interface Drift {
  drifting: boolean;
  /** The median gap between their last five days with contact; null with fewer such days. */
  rhythmDays: number | null;
  /** Days since the last contact; null for never. */
  daysSince: number | null;
}

export interface PersonSummary {
  row: PersonRow;
  drift: Drift;
  /** Open promises I owe them, earliest due first. */
  owedByMe: CommitmentRow[];
  /** Open promises they owe me. */
  owedToMe: CommitmentRow[];
  /** Replies I owe them, open, soonest due first. */
  replies: ReplyRow[];
  /** Thank-yous I owe them, open. */
  thanks: ThanksRow[];
  /** What to ask them about, open, by day: those whose day has not come yet too (their `date` says when). */
  asks: AskRow[];
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
    drift: { drifting: row.drifting, rhythmDays: row.rhythmDays, daysSince: row.lastContact === null ? null : daysBetween(row.lastContact, report.today) },
    owedByMe: open.filter((c) => c.direction === "owed-by-me"),
    owedToMe: open.filter((c) => c.direction === "owed-to-me"),
    replies: report.replies.filter((r) => r.personPath === path && r.status === "open"),
    thanks: report.thanks.filter((t) => t.personPath === path && t.status === "open"),
    asks: report.asks.filter((a) => a.personPath === path && a.status === "open"),
    heatmap: contactHeatmap(contacts, report.today, weekStart),
    timeline: timeline(model, path),
  };
}
