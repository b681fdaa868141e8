/**
 * The due list as of a day: every person with their check-in, every commitment, upcoming birthdays and
 * the problems found. Its JSON form is the CLI's `due --json` contract: keep these names.
 */
import { compareText } from "./compare";
import { nextBirthday } from "./birthdays";
import { parseCadence, type Cadence } from "./cadence";
import { checkIn, type PersonStatus } from "./check-ins";
import { contactsOf, type Commitment, type Direction } from "./contacts";
import { addDays, daysBetween, type IsoDate } from "./dates";
import { followThrough, type FollowThrough } from "./follow-through";
import type { Problem } from "./problem";
import type { TaskStatus } from "./task";
import type { VaultIndex } from "./vault-index";

export interface PersonRow {
  name: string;
  path: string;
  /** The cadence as written (or the default cadence); null when untracked. */
  cadence: string | null;
  /** The cadence in words, from rrule. */
  cadenceText: string | null;
  lastContact: IsoDate | null;
  due: IsoDate | null;
  daysOverdue: number;
  status: PersonStatus;
  snoozeUntil: IsoDate | null;
  aliases: string[];
  groups: string[];
  followThrough: FollowThrough;
}

export interface CommitmentRow {
  person: string;
  personPath: string;
  path: string;
  line: number;
  text: string;
  due: IsoDate | null;
  direction: Direction;
  status: TaskStatus;
  daysOverdue: number;
  done: IsoDate | null;
}

export interface BirthdayRow {
  person: string;
  path: string;
  date: IsoDate;
  inDays: number;
  turns: number | null;
}

export interface DueReport {
  today: IsoDate;
  people: PersonRow[];
  commitments: CommitmentRow[];
  birthdays: BirthdayRow[];
  followThrough: FollowThrough;
  problems: Problem[];
}

const STATUS_ORDER: Record<PersonStatus, number> = { overdue: 0, due: 1, "due-soon": 2, ok: 3, snoozed: 4, untracked: 5 };

export function dueReport(index: VaultIndex, today: IsoDate): DueReport {
  const settings = index.context.settings;
  const contacts = contactsOf(index);
  const problems = [...contacts.problems];
  const defaultCadence = readDefaultCadence(settings.defaultCadence, problems);
  const commitmentsByPerson = groupBy(contacts.commitments, (c) => c.personPath);
  const dueSoonUntil = addDays(today, settings.dueSoonDays);

  const people: PersonRow[] = [];
  const birthdays: BirthdayRow[] = [];
  for (const person of contacts.people.values()) {
    const state = checkIn(person, contacts.interactions.get(person.path) ?? [], today, {
      defaultCadence,
      dueSoonDays: settings.dueSoonDays,
      dueSoonUntil,
    });
    people.push({
      name: person.name,
      path: person.path,
      cadence: state.cadence?.source ?? null,
      cadenceText: state.cadence?.words ?? null,
      lastContact: state.lastContact,
      due: state.due,
      daysOverdue: state.daysOverdue,
      status: state.status,
      snoozeUntil: person.snoozeUntil,
      aliases: person.aliases,
      groups: person.groups,
      followThrough: followThrough(commitmentsByPerson.get(person.path) ?? [], today),
    });
    if (person.birthday) {
      const next = nextBirthday(person.birthday, today);
      if (next.inDays <= settings.birthdayDays) birthdays.push({ person: person.name, path: person.path, ...next });
    }
  }
  people.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      b.daysOverdue - a.daysOverdue ||
      compareText(a.due ?? "", b.due ?? "") ||
      compareText(a.name, b.name),
  );
  birthdays.sort((a, b) => a.inDays - b.inDays || compareText(a.person, b.person));

  const commitments = contacts.commitments.map((c) => commitmentRow(c, contacts.people.get(c.personPath)?.name ?? c.personPath, today));
  commitments.sort(
    (a, b) =>
      Number(a.status !== "open") - Number(b.status !== "open") ||
      compareText(a.due ?? "9999", b.due ?? "9999") ||
      compareText(a.person, b.person) ||
      compareText(a.path, b.path) ||
      a.line - b.line,
  );
  return { today, people, commitments, birthdays, followThrough: followThrough(contacts.commitments, today), problems };
}

function commitmentRow(c: Commitment, person: string, today: IsoDate): CommitmentRow {
  const late = c.status === "open" && c.due !== null && c.due < today;
  return {
    person,
    personPath: c.personPath,
    path: c.path,
    line: c.line,
    text: c.text,
    due: c.due,
    direction: c.direction,
    status: c.status,
    daysOverdue: late ? daysBetween(c.due as IsoDate, today) : 0,
    done: c.done,
  };
}

function readDefaultCadence(text: string, problems: Problem[]): Cadence | null {
  if (text.trim() === "") return null;
  const parsed = parseCadence(text);
  if (parsed.ok) return parsed.cadence;
  problems.push({ path: "(settings)", line: null, message: `default ${parsed.reason}` });
  return null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
