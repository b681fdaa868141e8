/**
 * The due list as of a day: every person with their check-in, every commitment, upcoming birthdays and
 * the problems found. Its JSON form is the CLI's `due --json` contract: keep these names.
 */
import { compareText } from "./compare";
import { nextBirthday } from "./birthdays";
import { parseCadence, type Cadence } from "./cadence";
import { checkIn, type PersonStatus } from "./check-ins";
import { commitmentRows } from "./commitment-rows";
import { contactsOf, type Commitment, type Direction, type Interaction, type Person } from "./contacts";
import { addDays, type IsoDate } from "./dates";
import { followThroughOf, type FollowThrough } from "./follow-through";
import type { Problem } from "./problem";
import type { CoreSettings } from "./settings";
import { Memo } from "./memo";
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

const NO_COMMITMENTS: readonly Commitment[] = [];
const NO_INTERACTIONS: readonly Interaction[] = [];
const personRows = new Memo<Person, { row: PersonRow; birthday: BirthdayRow | null }>();
const STATUS_ORDER: Record<PersonStatus, number> = { overdue: 0, due: 1, "due-soon": 2, ok: 3, snoozed: 4, untracked: 5 };

/** The last report of each index: asked again for the same day and version, it is the same report. */
const lastReports = new WeakMap<VaultIndex, { version: number; today: IsoDate; report: DueReport }>();

/** The due list as of `today`. The report is shared between callers that ask the same: never change it. */
export function dueReport(index: VaultIndex, today: IsoDate): DueReport {
  const last = lastReports.get(index);
  if (last?.version === index.version && last.today === today) return last.report;
  const report = computeReport(index, today);
  lastReports.set(index, { version: index.version, today, report });
  return report;
}

function computeReport(index: VaultIndex, today: IsoDate): DueReport {
  const settings = index.context.settings;
  const contacts = contactsOf(index);
  const problems = [...contacts.problems];
  const defaultCadence = readDefaultCadence(settings.defaultCadence, problems);
  const dueSoonUntil = addDays(today, settings.dueSoonDays);

  const people: PersonRow[] = [];
  const birthdays: BirthdayRow[] = [];
  for (const person of contacts.people.values()) {
    const interactions = contacts.interactions.get(person.path) ?? NO_INTERACTIONS;
    const commitments = contacts.commitmentsByPerson.get(person.path) ?? NO_COMMITMENTS;
    const inputs = [today, interactions, commitments, defaultCadence, settings.dueSoonDays, settings.birthdayDays];
    const { row, birthday } = personRows.get(person, inputs, () => personRow(person, interactions, commitments, today, settings, defaultCadence, dueSoonUntil));
    people.push(row);
    if (birthday) birthdays.push(birthday);
  }
  people.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      b.daysOverdue - a.daysOverdue ||
      compareText(a.due ?? "", b.due ?? "") ||
      compareText(a.name, b.name),
  );
  birthdays.sort((a, b) => a.inDays - b.inDays || compareText(a.person, b.person));

  // Every promise has a person, so the overall counts are the sum of each person's.
  const overall: FollowThrough = { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 };
  for (const { followThrough } of people) {
    overall.keptOnTime += followThrough.keptOnTime;
    overall.keptLate += followThrough.keptLate;
    overall.overdue += followThrough.overdue;
    overall.open += followThrough.open;
  }
  return { today, people, commitments: commitmentRows(contacts, today), birthdays, followThrough: overall, problems };
}

function personRow(
  person: Person,
  interactions: readonly Interaction[],
  commitments: readonly Commitment[],
  today: IsoDate,
  settings: CoreSettings,
  defaultCadence: Cadence | null,
  dueSoonUntil: IsoDate,
): { row: PersonRow; birthday: BirthdayRow | null } {
  const state = checkIn(person, interactions, today, { defaultCadence, dueSoonUntil });
  const row: PersonRow = {
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
    followThrough: followThroughOf(commitments, today),
  };
  const next = person.birthday ? nextBirthday(person.birthday, today) : null;
  const birthday = next && next.inDays <= settings.birthdayDays ? { person: person.name, path: person.path, date: next.date, inDays: next.inDays, turns: next.turns } : null;
  return { row, birthday };
}

function readDefaultCadence(text: string, problems: Problem[]): Cadence | null {
  if (text.trim() === "") return null;
  const parsed = parseCadence(text);
  if (parsed.ok) return parsed.cadence;
  problems.push({ path: "(settings)", line: null, message: `default ${parsed.reason}` });
  return null;
}
