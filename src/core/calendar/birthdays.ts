/** Upcoming birthdays. 29 February falls on 28 February in other years, as the cadence policy does. */
import { daysBetween, daysInMonth, type IsoDate } from "./dates";
import type { Birthday } from "../parse/person";

export interface NextBirthday {
  date: IsoDate;
  inDays: number;
  /** The age they turn, when the year of birth is known. */
  turns: number | null;
}

export function nextBirthday(birthday: Birthday, today: IsoDate): NextBirthday {
  const thisYear = Number(today.slice(0, 4));
  let date = birthdayIn(thisYear, birthday);
  if (date < today) date = birthdayIn(thisYear + 1, birthday);
  const year = Number(date.slice(0, 4));
  return { date, inDays: daysBetween(today, date), turns: birthday.year === null ? null : year - birthday.year };
}

function birthdayIn(year: number, { month, day }: Birthday): IsoDate {
  const clampedDay = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clampedDay).padStart(2, "0")}`;
}
