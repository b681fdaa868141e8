/**
 * What the Add promise and Add waiting-on forms make of their two fields: the promise's words and its
 * due day. The day may be typed in the Due field ("2026-11-30", "Friday", "in 3 days", "end of the
 * month") or at the end of the words ("send the deck by Friday"), read against today as a note's words
 * are read against its date (parse/promise-date.ts). Words that gave the day are cut from the promise:
 * the task gets `📅` instead, which the Tasks plugin and every reader understand.
 */
import { parseIsoDate, type IsoDate } from "../calendar/dates";
import { readPromiseDate, taskDateFromWords, type DayNames } from "../parse/promise-date";

export type FormPromise = { words: string; due: IsoDate | null; readFrom: string | null } | { problem: string };

export function promiseFromForm(what: string, dueText: string, today: IsoDate, days: DayNames, plainWords: boolean): FormPromise {
  const words = what.trim();
  if (words === "") return { problem: "Say what was promised." };
  const typed = dueText.trim();
  // A date written in the words (📅 or due::) is the one every reader takes: it wins, as in a note.
  const datedInWords = words.includes("📅") || /due::/i.test(words);
  if (datedInWords) return typed === "" ? { words, due: null, readFrom: null } : { problem: "The words give a date already (📅 or due::); leave Due empty, or take it out of the words." };
  if (typed !== "") {
    const iso = parseIsoDate(typed);
    if (iso !== null && iso < today) return { problem: `${iso} is before today.` };
    if (iso !== null) return { words, due: iso, readFrom: null };
    if (!plainWords) return { problem: "The due date is not a date (YYYY-MM-DD)." };
    const read = readPromiseDate(typed, today, days);
    if (read === null) return { problem: `"${typed}" is not a day Rapport can read.` };
    return "problem" in read ? { problem: capitalised(`${read.problem}.`) } : { words, due: read.date, readFrom: read.words };
  }
  if (!plainWords) return { words, due: null, readFrom: null };
  const read = taskDateFromWords(words, today, days);
  if (read === null) return { words, due: null, readFrom: null };
  if ("problem" in read) return { problem: capitalised(`${read.problem}.`) };
  const rest = `${words.slice(0, read.at)} ${words.slice(read.at + read.words.length)}`.trim().replace(/\s+/g, " ");
  return { words: rest, due: read.date, readFrom: read.words };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
