/** When a person is due a check-in, and how late it is, as of a given day. */
import type { Cadence } from "../calendar/cadence";
import { daysBetween, utcToIso, type IsoDate } from "../calendar/dates";
import type { NextCheckIn } from "../calendar/next-check-in";
import type { Interaction, Person } from "../index/contributions";

/** `ended`: the cadence's UNTIL has passed. `untracked`: no cadence applies, or it never falls again. */
export type PersonStatus = "overdue" | "due" | "due-soon" | "ok" | "snoozed" | "ended" | "untracked";

export interface CheckIn {
  /** The newest of the logged interactions up to today and the note's `last_contact` (if not after today); null for never. */
  lastContact: IsoDate | null;
  /** The cadence that applies: the person's own, else the default; null when none does. */
  cadence: Cadence | null;
  /** The next check-in; today when a tracked person was never contacted; null when there is none. */
  due: IsoDate | null;
  daysOverdue: number;
  status: PersonStatus;
  /** What is wrong with the person's dates as of today, by the property at fault. */
  problems: Array<{ property: "cadence" | "lastContact"; message: string }>;
}

export interface CheckInRules {
  today: IsoDate;
  /** How many days ahead count as "due soon". */
  dueSoonDays: number;
  /** When `cadence` next falls after `lastContact`. */
  nextAfter: (cadence: Cadence, lastContact: IsoDate) => NextCheckIn;
  /** The property names, for the problems' words. */
  lastContactField: string;
}

/** `interactions` oldest first. */
export function checkIn(person: Person, interactions: readonly Interaction[], cadence: Cadence | null, rules: CheckInRules): CheckIn {
  const { today } = rules;
  const problems: CheckIn["problems"] = [];
  const seeded = person.lastContact;
  if (seeded !== null && seeded > today) {
    problems.push({ property: "lastContact", message: `${rules.lastContactField}: ${seeded} is after today; it counts once its day comes` });
  }
  const lastContact = later(seeded !== null && seeded <= today ? seeded : null, lastLogged(interactions, today));
  const untracked = (): CheckIn => ({ lastContact, cadence, due: null, daysOverdue: 0, status: "untracked", problems });
  if (cadence === null) return untracked();
  const next: NextCheckIn = lastContact === null ? (endedBefore(cadence, today) ? { ended: true } : { due: today }) : rules.nextAfter(cadence, lastContact);
  if ("ended" in next) return { lastContact, cadence, due: null, daysOverdue: 0, status: "ended", problems };
  if ("never" in next) {
    problems.push({ property: "cadence", message: `cadence "${cadence.source}" never falls after the last contact (${lastContact ?? today})` });
    return untracked();
  }
  const due = next.due;
  return { lastContact, cadence, due, daysOverdue: Math.max(0, daysBetween(due, rules.today)), status: statusOn(due, person.snoozeUntil, rules), problems };
}

/** How a check-in due on `due` stands as of `rules.today`: snoozed, overdue, due, due soon or ok. */
export function statusOn(due: IsoDate, snoozeUntil: IsoDate | null, rules: Pick<CheckInRules, "today" | "dueSoonDays">): PersonStatus {
  const late = daysBetween(due, rules.today);
  if (snoozeUntil !== null && snoozeUntil > rules.today) return "snoozed";
  return late > 0 ? "overdue" : late === 0 ? "due" : -late <= rules.dueSoonDays ? "due-soon" : "ok";
}

/** Whether the cadence's UNTIL is before `day`. */
function endedBefore(cadence: Cadence, day: IsoDate): boolean {
  const until = cadence.options.until;
  return until instanceof Date && utcToIso(until) < day;
}

/**
 * The newest logged contact on or before today: a note dated after today records a plan, not a
 * contact. `interactions` are oldest first, so the answer is found from the end, usually at once.
 */
function lastLogged(interactions: readonly Interaction[], today: IsoDate): IsoDate | null {
  for (let i = interactions.length - 1; i >= 0; i--) {
    const date = (interactions[i] as Interaction).date;
    if (date <= today) return date;
  }
  return null;
}

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a !== null && (b === null || a > b) ? a : b;
}
