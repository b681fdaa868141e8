/**
 * Thanks owed: when something they owed me (a `#waiting` promise) is done, or an interaction is tagged
 * `#helped`, a thank-you is owed from that day until an interaction with them tagged `#thanks` on or
 * after it. Help that is no longer recent (recent.ts) with no thanks lapses: no longer listed as owed nor counted,
 * so that a vault of years of kept `#waiting` promises does not ask for hundreds of thank-yous at once.
 * Thank-yous given all count in follow-through; rows are made for the help still owed thanks and for
 * that thanked recently.
 */
import type { IsoDate } from "../calendar/dates";
import type { Commitment, Interaction, Person } from "../index/contributions";
import type { ThanksCounts } from "./follow-through";
import { isRecent } from "./recent";
import { anyTagged, hasTag, linksTo, wordsWithoutTag } from "./tagged";

export interface ThanksRow {
  person: string;
  personPath: string;
  /** The kept promise or the interaction that was help received. */
  path: string;
  line: number;
  /** What they did: the promise's words, or the interaction's without the tag. */
  text: string;
  /** A kept `#waiting` promise, or a `#helped` interaction. */
  source: "waiting" | "helped";
  /** The day of the help: the promise's done day, the interaction's day. */
  since: IsoDate;
  status: "open" | "thanked";
  thanked: IsoDate | null;
}

export interface ThanksRules {
  today: IsoDate;
  /** The first recent day (recent.ts): help before it with no thanks has lapsed. */
  recentSince: IsoDate;
  /** Both in lower case; "" for none. */
  helpedTag: string;
  thanksTag: string;
}

export interface Thanks {
  rows: ThanksRow[];
  counts: ThanksCounts;
}

/** The counts of the many people with none, shared. */
const NO_COUNTS: ThanksCounts = Object.freeze({ given: 0, owed: 0 });

/** Help received: where it is written, what it was, where from and when. Its words are made only for a row. */
interface Help {
  path: string;
  line: number;
  source: ThanksRow["source"];
  since: IsoDate;
  text: () => string;
}

/** `interactions` oldest first. */
export function thanksOf(person: Person, interactions: readonly Interaction[], commitments: readonly Commitment[], rules: ThanksRules): Thanks {
  const { today } = rules;
  // Most people owe me nothing kept and helped with nothing tagged: one look, and nothing more.
  const helped = anyTagged(interactions, rules.helpedTag, today);
  if (!helped && !commitments.some((c) => c.direction === "owed-to-me" && c.status === "done")) return { rows: [], counts: NO_COUNTS };
  const help: Help[] = [];
  // A kept #waiting promise is an interaction too: counted once, as the promise.
  const promises = new Set<string>();
  for (const c of commitments) {
    if (c.direction !== "owed-to-me" || c.status !== "done" || c.done === null || c.done > today) continue;
    promises.add(`${c.line}:${c.path}`);
    help.push({ path: c.path, line: c.line, source: "waiting", since: c.done, text: () => c.text });
  }
  const thanksDays: IsoDate[] = [];
  const own = helped ? linksTo(person) : null;
  for (const it of interactions) {
    if (it.date > today) break;
    if (rules.thanksTag !== "" && hasTag(it.kinds, rules.thanksTag)) thanksDays.push(it.date);
    if (own && hasTag(it.kinds, rules.helpedTag) && !promises.has(`${it.line}:${it.path}`)) {
      help.push({ path: it.path, line: it.line, source: "helped", since: it.date, text: () => wordsWithoutTag(it.words, rules.helpedTag, own) });
    }
  }
  const rows: ThanksRow[] = [];
  const counts: ThanksCounts = { given: 0, owed: 0 };
  for (const h of help) {
    const thanked = firstOnOrAfter(thanksDays, h.since);
    const recent = isRecent(h.since, today, rules.recentSince);
    if (thanked !== null) counts.given++;
    else if (recent) counts.owed++;
    // Listed while owed, or once thanked recently; lapsed and long-thanked help is only counted.
    if (thanked === null ? !recent : thanked < rules.recentSince) continue;
    const status = thanked !== null ? "thanked" : "open";
    rows.push({ person: person.name, personPath: person.path, path: h.path, line: h.line, text: h.text(), source: h.source, since: h.since, status, thanked });
  }
  return { rows, counts };
}

/** The first of `days` (sorted) on or after `day`, by binary search. */
function firstOnOrAfter(days: readonly IsoDate[], day: IsoDate): IsoDate | null {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] as IsoDate) < day) low = mid + 1;
    else high = mid;
  }
  return days[low] ?? null;
}
