/**
 * A person's contact heatmap: the last twelve months as weeks, one column a week, one cell a day, each
 * cell the number of interactions that day (as a contribution calendar draws them). Weeks start on the
 * locale's first day of the week, which the host passes in.
 */
import { addDays, daysBetween, type IsoDate } from "../calendar/dates";

export interface HeatmapDay {
  date: IsoDate;
  count: number;
}

export interface Heatmap {
  /** Oldest week first; each week seven days from the week's first, null for days after today. */
  weeks: Array<Array<HeatmapDay | null>>;
  /** The most interactions on one day: the darkest cell. */
  max: number;
  /** How many days had an interaction. */
  daysWithContact: number;
}

const WEEKS = 53;

/** `dates` of the interactions; `weekStart` 0 for Sunday to 6 for Saturday. */
export function contactHeatmap(dates: readonly IsoDate[], today: IsoDate, weekStart: number): Heatmap {
  const counts = new Map<IsoDate, number>();
  for (const date of dates) counts.set(date, (counts.get(date) ?? 0) + 1);
  const todayWeekday = weekday(today);
  const thisWeekStart = addDays(today, -((todayWeekday - weekStart + 7) % 7));
  const first = addDays(thisWeekStart, -7 * (WEEKS - 1));
  const weeks: Heatmap["weeks"] = [];
  let max = 0;
  let daysWithContact = 0;
  for (let w = 0; w < WEEKS; w++) {
    const week: Array<HeatmapDay | null> = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(first, w * 7 + d);
      if (date > today) {
        week.push(null);
        continue;
      }
      const count = counts.get(date) ?? 0;
      if (count > 0) daysWithContact++;
      max = Math.max(max, count);
      week.push({ date, count });
    }
    weeks.push(week);
  }
  return { weeks, max, daysWithContact };
}

/** 0 for Sunday to 6 for Saturday. 1970-01-04 was a Sunday. */
function weekday(date: IsoDate): number {
  return (((daysBetween("1970-01-04", date) % 7) + 7) % 7);
}
