/**
 * The due list's people, and their birthdays. What a person's row needs apart from the day is worked out
 * once per change to their notes, in a Standing; a new day then compares day numbers. Reaching into the
 * contacts' maps and memos for each of 2,000 people was most of what a new day cost.
 */
import { nextBirthday, type NextBirthday } from "../calendar/birthdays";
import type { Cadence } from "../calendar/cadence";
import { checkIn, checkInBasis, type CheckInBasis } from "./check-ins";
import type { Commitment, Interaction, Person } from "../index/contacts";
import type { IsoDate } from "../calendar/dates";
import type { BirthdayRow, PersonRow } from "./due-report";
import { followThroughOn, promisesOf, type Promises } from "./follow-through";

export interface Standing {
  readonly basis: CheckInBasis;
  /** What it was worked out from: the contacts replace these objects whenever they change. */
  readonly commitments: readonly Commitment[];
  readonly defaultCadence: Cadence | null;
  readonly promises: Promises;
  /** The last row made from this standing: given again while the day changes nothing in it. */
  row: PersonRow | null;
  /** The next birthday as found on day `fromDay`: the same one until its day (`day`) has passed. */
  birthday: { next: NextBirthday; fromDay: number; day: number } | null;
}

export function standingOf(
  person: Person,
  interactions: readonly Interaction[],
  commitments: readonly Commitment[],
  defaultCadence: Cadence | null,
): Standing {
  return { basis: checkInBasis(person, interactions, defaultCadence), commitments, defaultCadence, promises: promisesOf(commitments), row: null, birthday: null };
}

/** Whether `standing` was worked out from these very objects. */
export function standsFor(
  standing: Standing,
  person: Person,
  interactions: readonly Interaction[],
  commitments: readonly Commitment[],
  defaultCadence: Cadence | null,
): boolean {
  const { basis } = standing;
  return basis.person === person && basis.interactions === interactions && standing.commitments === commitments && standing.defaultCadence === defaultCadence;
}

/** The parts of a row that come from the standing alone. */
type FixedPart = Pick<PersonRow, "name" | "path" | "cadence" | "cadenceText" | "snoozeUntil" | "aliases" | "groups">;

/**
 * Brings the standing's row to `today` (`todayDay` is its day number) and returns it. Rows are never
 * changed once made: a day that changes nothing in a row keeps it, any other makes a new one.
 */
export function personRowOn(standing: Standing, today: IsoDate, todayDay: number, dueSoonDays: number): PersonRow {
  const { person } = standing.basis;
  const state = checkIn(standing.basis, today, todayDay, dueSoonDays);
  const before = standing.row;
  const followThrough = followThroughOn(standing.promises, todayDay, before?.followThrough ?? null);
  if (
    before !== null &&
    before.lastContact === state.lastContact &&
    before.due === state.due &&
    before.daysOverdue === state.daysOverdue &&
    before.status === state.status &&
    before.followThrough === followThrough
  ) {
    return before;
  }
  // What does not change with the day is copied from the last row, already at hand, rather than
  // fetched again from the person's facts: with thousands of people, those reads are the cost.
  const fixed: FixedPart = before ?? {
    name: person.name,
    path: person.path,
    cadence: state.cadence?.source ?? null,
    cadenceText: state.cadence?.words ?? null,
    snoozeUntil: person.snoozeUntil,
    aliases: person.aliases,
    groups: person.groups,
  };
  const row: PersonRow = {
    name: fixed.name,
    path: fixed.path,
    cadence: fixed.cadence,
    cadenceText: fixed.cadenceText,
    lastContact: state.lastContact,
    due: state.due,
    daysOverdue: state.daysOverdue,
    status: state.status,
    snoozeUntil: fixed.snoozeUntil,
    aliases: fixed.aliases,
    groups: fixed.groups,
    followThrough,
  };
  standing.row = row;
  return row;
}

/** The person's birthday row when it falls within `birthdayDays` of `today`. */
export function birthdayRowOn(standing: Standing, today: IsoDate, todayDay: number, birthdayDays: number): BirthdayRow | null {
  const { person } = standing.basis;
  if (!person.birthday) return null;
  let known = standing.birthday;
  if (known === null || todayDay < known.fromDay || todayDay > known.day) {
    const next = nextBirthday(person.birthday, today);
    known = { next, fromDay: todayDay, day: todayDay + next.inDays };
    standing.birthday = known;
  }
  const inDays = known.day - todayDay;
  return inDays <= birthdayDays ? { person: person.name, path: person.path, date: known.next.date, inDays, turns: known.next.turns } : null;
}
