/** Dates in the words the sidebar and the CLI both use. */
import { daysBetween, type IsoDate } from "../calendar/dates";

/** "today", "yesterday", "23 days ago", "in 5 days", "never". */
export function relativeDay(date: IsoDate | null, today: IsoDate): string {
  if (date === null) return "never";
  const days = daysBetween(date, today);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  if (days === -1) return "tomorrow";
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}

/** "1 day", "4 days". */
export function dayCount(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** "last contact 18 days ago", or "no contact yet": one wording for the sidebar and the CLI. */
export function lastContactWords(date: IsoDate | null, today: IsoDate): string {
  return date === null ? "no contact yet" : `last contact ${relativeDay(date, today)}`;
}

/** "4 days overdue", for anything past its day and still open: check-ins, promises, replies. */
export function overdueWords(days: number): string {
  return `${dayCount(days)} overdue`;
}
