/**
 * Ask about it: `ask:: 2026-12-05 her interview` surfaces on its day as "Ask Ana about her interview"
 * and clears at my next interaction with her on or after that day (the interaction that holds the field
 * does not count: it is where the question was written down).
 */
import type { IsoDate } from "../calendar/dates";
import type { Ask, Interaction, Person } from "../index/contributions";

export interface AskRow {
  person: string;
  personPath: string;
  /** Where the field is written. */
  path: string;
  line: number;
  /** The day from which to ask. */
  date: IsoDate;
  about: string;
  status: "open" | "asked";
  /** The day of the interaction that cleared it. */
  asked: IsoDate | null;
}

/** `interactions` oldest first. Open asks, and those asked since `recentSince` (recent.ts); older ones are done with. */
export function asksOf(person: Person, asks: readonly Ask[], interactions: readonly Interaction[], today: IsoDate, recentSince: IsoDate): AskRow[] {
  const rows: AskRow[] = [];
  for (const ask of asks) {
    const asked = firstContactFrom(interactions, ask, today);
    if (asked !== null && asked < recentSince) continue;
    const { path, line, date, about } = ask;
    rows.push({ person: person.name, personPath: person.path, path, line, date, about, status: asked === null ? "open" : "asked", asked });
  }
  return rows;
}

/** The day of the first interaction on or after the ask's day, up to today, other than its own: found by binary search. */
function firstContactFrom(interactions: readonly Interaction[], ask: Ask, today: IsoDate): IsoDate | null {
  let low = 0;
  let high = interactions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((interactions[mid] as Interaction).date < ask.date) low = mid + 1;
    else high = mid;
  }
  // At most the ask's own item (and its promise, when kept) share its place: a step or two.
  for (let i = low; i < interactions.length; i++) {
    const it = interactions[i] as Interaction;
    if (it.date > today) return null;
    if (it.path !== ask.path || it.line !== ask.line) return it.date;
  }
  return null;
}
