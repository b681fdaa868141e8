/** When each person is due a check-in, and how late it is, as of a given day. */
import { nextCheckIn, type Cadence } from "./cadence";
import type { Interaction, Person } from "./contacts";
import { daysBetween, type IsoDate } from "./dates";

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
 * The newest contact on or before today: a note dated after today records a plan, not a contact.
 * `interactions` are oldest first, so the answer is found from the end, usually at once.
 */
export function lastContactOf(person: Person, interactions: readonly Interaction[], today: IsoDate): IsoDate | null {
  let logged: IsoDate | null = null;
  for (let i = interactions.length - 1; i >= 0; i--) {
    const date = (interactions[i] as Interaction).date;
    if (date <= today) {
      logged = date;
      break;
    }
  }
  const seeded = person.lastContact !== null && person.lastContact <= today ? person.lastContact : null;
  return seeded !== null && (logged === null || seeded > logged) ? seeded : logged;
}

export function checkIn(
  person: Person,
  interactions: readonly Interaction[],
  today: IsoDate,
  /** `dueSoonUntil`: the last day that counts as "due soon" (today plus the look-ahead). */
  options: { defaultCadence: Cadence | null; dueSoonUntil: IsoDate },
): CheckIn {
  const lastContact = lastContactOf(person, interactions, today);
  const cadence = person.cadence ?? options.defaultCadence;
  const due = cadence === null ? null : lastContact === null ? today : nextCheckIn(cadence, lastContact);
  if (cadence === null || due === null) return { lastContact, cadence, due: null, daysOverdue: 0, status: "untracked" };
  const daysOverdue = Math.max(0, daysBetween(due, today));
  const status: PersonStatus =
    person.snoozeUntil !== null && person.snoozeUntil > today
      ? "snoozed"
      : due < today
        ? "overdue"
        : due === today
          ? "due"
          : due <= options.dueSoonUntil
            ? "due-soon"
            : "ok";
  return { lastContact, cadence, due, daysOverdue, status };
}
