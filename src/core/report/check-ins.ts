/** When a person is due a check-in, and how late it is, as of a given day. */
import type { Cadence } from "../calendar/cadence";
import { daysBetween, type IsoDate } from "../calendar/dates";
import type { Interaction, Person } from "../index/contributions";

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

export interface CheckInRules {
  today: IsoDate;
  /** How many days ahead count as "due soon". */
  dueSoonDays: number;
  /** The first day of `cadence` after `lastContact`, or null when there is none. */
  nextAfter: (cadence: Cadence, lastContact: IsoDate) => IsoDate | null;
}

/** `interactions` oldest first; `cadence` the person's own or the default one. */
export function checkIn(person: Person, interactions: readonly Interaction[], cadence: Cadence | null, rules: CheckInRules): CheckIn {
  const { today } = rules;
  const lastContact = lastContactBy(person, interactions, today);
  if (cadence === null) return { lastContact, cadence, due: null, daysOverdue: 0, status: "untracked" };
  const due = lastContact === null ? today : rules.nextAfter(cadence, lastContact);
  if (due === null) return { lastContact, cadence, due: null, daysOverdue: 0, status: "untracked" };
  const late = daysBetween(due, today);
  const status: PersonStatus =
    person.snoozeUntil !== null && person.snoozeUntil > today
      ? "snoozed"
      : late > 0
        ? "overdue"
        : late === 0
          ? "due"
          : -late <= rules.dueSoonDays
            ? "due-soon"
            : "ok";
  return { lastContact, cadence, due, daysOverdue: Math.max(0, late), status };
}

/**
 * The newest contact on or before today: a note dated after today records a plan, not a contact.
 * `interactions` are oldest first, so the answer is found from the end, usually at once.
 */
function lastContactBy(person: Person, interactions: readonly Interaction[], today: IsoDate): IsoDate | null {
  let logged: IsoDate | null = null;
  for (let i = interactions.length - 1; i >= 0 && logged === null; i--) {
    const date = (interactions[i] as Interaction).date;
    if (date <= today) logged = date;
  }
  const seeded = person.lastContact !== null && person.lastContact <= today ? person.lastContact : null;
  return seeded !== null && (logged === null || seeded > logged) ? seeded : logged;
}
