/** When each person is due a check-in, and how late it is, as of a given day. */
import { nextCheckIn, type Cadence } from "../calendar/cadence";
import type { Interaction, Person } from "../index/contacts";
import { dayNumber, type IsoDate } from "../calendar/dates";

export type PersonStatus = "overdue" | "due" | "due-soon" | "ok" | "snoozed" | "untracked";

export interface CheckIn {
  /** The newest of the logged interactions up to today and the note's `last_contact`; null for never. */
  lastContact: IsoDate | null;
  cadence: Cadence | null;
  /** The next check-in; today when a tracked person was never contacted; null when untracked. */
  due: IsoDate | null;
  daysOverdue: number;
  status: PersonStatus;
}

/**
 * What a person's check-in depends on apart from the day, worked out once per change to their notes:
 * the newest contact the notes record and the check-in due after it, with their day numbers. On any
 * day from that contact on, the check-in is then a comparison of numbers.
 */
export interface CheckInBasis {
  person: Person;
  /** Oldest first. */
  interactions: readonly Interaction[];
  cadence: Cadence | null;
  /** The newest contact, logged or seeded, whatever its day (one after today is a plan). */
  newest: IsoDate | null;
  newestDay: number;
  /** The check-in after `newest`; null when there is none (never contacted, untracked, or the rule ended). */
  dueAfterNewest: IsoDate | null;
  dueDay: number;
  /** The day number of `snoozeUntil`, or -Infinity. */
  snoozeDay: number;
}

export function checkInBasis(person: Person, interactions: readonly Interaction[], defaultCadence: Cadence | null): CheckInBasis {
  const logged = interactions.length > 0 ? (interactions[interactions.length - 1] as Interaction).date : null;
  const newest = later(person.lastContact, logged);
  const cadence = person.cadence ?? defaultCadence;
  const dueAfterNewest = cadence !== null && newest !== null ? nextCheckIn(cadence, newest) : null;
  return {
    person,
    interactions,
    cadence,
    newest,
    newestDay: newest === null ? -Infinity : dayNumber(newest),
    dueAfterNewest,
    dueDay: dueAfterNewest === null ? NaN : dayNumber(dueAfterNewest),
    snoozeDay: person.snoozeUntil === null ? -Infinity : dayNumber(person.snoozeUntil),
  };
}

/**
 * The newest contact on or before today: a note dated after today records a plan, not a contact.
 * `interactions` are oldest first, so the answer is found from the end, usually at once.
 */
function lastContactOf(person: Person, interactions: readonly Interaction[], today: IsoDate): IsoDate | null {
  let logged: IsoDate | null = null;
  for (let i = interactions.length - 1; i >= 0; i--) {
    const date = (interactions[i] as Interaction).date;
    if (date <= today) {
      logged = date;
      break;
    }
  }
  return later(person.lastContact !== null && person.lastContact <= today ? person.lastContact : null, logged);
}

/** The later of two days, either of which may be missing. */
function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a !== null && (b === null || a > b) ? a : b;
}

/** The check-in as of `today` (`todayDay` is its day number); `dueSoonDays`: how far ahead is "due soon". */
export function checkIn(basis: CheckInBasis, today: IsoDate, todayDay: number, dueSoonDays: number): CheckIn {
  const { cadence } = basis;
  let lastContact = basis.newest;
  let due = basis.dueAfterNewest;
  let dueDay = basis.dueDay;
  if (basis.newestDay > todayDay) {
    // The newest contact is still to come: look back for the last one up to today.
    lastContact = lastContactOf(basis.person, basis.interactions, today);
    due = cadence !== null && lastContact !== null ? nextCheckIn(cadence, lastContact) : null;
    dueDay = due === null ? NaN : dayNumber(due);
  }
  if (cadence !== null && lastContact === null) {
    due = today;
    dueDay = todayDay;
  }
  if (cadence === null || due === null) return { lastContact, cadence, due: null, daysOverdue: 0, status: "untracked" };
  const status: PersonStatus =
    basis.snoozeDay > todayDay
      ? "snoozed"
      : dueDay < todayDay
        ? "overdue"
        : dueDay === todayDay
          ? "due"
          : dueDay <= todayDay + dueSoonDays
            ? "due-soon"
            : "ok";
  return { lastContact, cadence, due, daysOverdue: Math.max(0, todayDay - dueDay), status };
}
