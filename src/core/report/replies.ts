/**
 * Replies owed: an interaction tagged `#asked` (a setting) means they asked me something, and I owe a
 * reply within a number of days (the setting, or the person's `reply_within`). It is open until an
 * interaction with them after it (on a later day, or on a later line of the same note); one such
 * interaction answers every earlier open ask. Another ask is not an answer: it is them asking again.
 * A kept promise to them is an interaction on the day it was kept, so it answers too.
 *
 * Every ask counts in follow-through (replied in time, late, overdue, open); rows are made for those
 * open or answered recently (recent.ts): a vault of years holds hundreds answered long ago, and rows
 * with their words are what a due list costs.
 */
import { addDays, dayNumber, type IsoDate } from "../calendar/dates";
import type { Interaction, Person } from "../index/contributions";
import type { ReplyCounts } from "./follow-through";
import { anyTagged, hasTag, linksTo, wordsWithoutTag } from "./tagged";

export interface ReplyRow {
  person: string;
  personPath: string;
  /** Where they asked: the interaction's note and line. */
  path: string;
  line: number;
  /** The interaction's words, the tag and the person's own link left out. */
  text: string;
  asked: IsoDate;
  /** The last day to reply in time. */
  due: IsoDate;
  status: "open" | "answered";
  answered: IsoDate | null;
  /** Days past `due`, while open. */
  daysOverdue: number;
}

export interface ReplyRules {
  today: IsoDate;
  /** The first recent day (recent.ts): replies answered before it are counted, not listed. */
  recentSince: IsoDate;
  /** In lower case; "" turns the loop off. */
  tag: string;
  withinDays: number;
}

export interface Replies {
  rows: ReplyRow[];
  counts: ReplyCounts;
}

/** The counts of the many people with none, shared. */
const NO_COUNTS: ReplyCounts = Object.freeze({ inTime: 0, late: 0, overdue: 0, open: 0 });

/** `interactions` oldest first (by day, note, line). Linear: one pass from the newest back. */
export function repliesOf(person: Person, interactions: readonly Interaction[], rules: ReplyRules): Replies {
  const { today, tag } = rules;
  // Most people never asked anything: one look at their kinds, and nothing more.
  if (!anyTagged(interactions, tag, today)) return { rows: [], counts: NO_COUNTS };
  const own = linksTo(person);
  const within = person.replyWithin ?? rules.withinDays;
  const rows: ReplyRow[] = [];
  const counts: ReplyCounts = { inTime: 0, late: 0, overdue: 0, open: 0 };
  const todayNumber = dayNumber(today);
  // The earliest day after the day being looked at with an interaction that is not an ask.
  let nextDay: IsoDate | null = null;
  let end = interactions.length;
  while (end > 0 && (interactions[end - 1] as Interaction).date > today) end--;
  while (end > 0) {
    const day = (interactions[end - 1] as Interaction).date;
    let start = end - 1;
    while (start > 0 && (interactions[start - 1] as Interaction).date === day) start--;
    let answers = false;
    // Backwards through the day: its items are by note, then line, so "a later line of the same note"
    // is an item further on within the same note's run.
    let note: string | null = null;
    let answeredLater = false;
    for (let i = end - 1; i >= start; i--) {
      const it = interactions[i] as Interaction;
      if (it.path !== note) {
        note = it.path;
        answeredLater = false;
      }
      if (!hasTag(it.kinds, tag)) {
        answers = answeredLater = true;
        continue;
      }
      const answered = answeredLater ? day : nextDay;
      // Counted by day numbers; a row (with its due day written out) only for what is listed.
      const daysToAnswer = (answered === null ? todayNumber : dayNumber(answered)) - dayNumber(day);
      if (answered !== null) {
        if (daysToAnswer > within) counts.late++;
        else counts.inTime++;
      } else if (daysToAnswer > within) counts.overdue++;
      else counts.open++;
      if (answered !== null && answered < rules.recentSince) continue;
      const due = addDays(day, within);
      rows.push({
        person: person.name,
        personPath: person.path,
        path: it.path,
        line: it.line,
        text: wordsWithoutTag(it.words, tag, own),
        asked: day,
        due,
        status: answered === null ? "open" : "answered",
        answered,
        daysOverdue: answered === null ? Math.max(0, daysToAnswer - within) : 0,
      });
    }
    if (answers) nextDay = day;
    end = start;
  }
  return { rows: rows.reverse(), counts };
}
