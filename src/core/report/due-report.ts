/**
 * The due list as of a day: every person with their check-in, every commitment, upcoming birthdays and
 * the problems found. A plain function of the contacts, the day and the settings, sorted anew each
 * time. Its JSON form is the CLI's `due --json` contract: keep these names.
 */
import { nextBirthday } from "../calendar/birthdays";
import type { Cadence } from "../calendar/cadence";
import type { Cadences } from "../calendar/cadences";
import { daysBetween, type IsoDate } from "../calendar/dates";
import type { Commitment, Direction, Interaction, Person, UnresolvedName } from "../index/contributions";
import { nameKey } from "../index/vault-index";
import type { TaskStatus } from "../parse/task";
import type { Problem } from "../problem";
import type { CoreSettings } from "../settings";
import { compareText } from "../text/compare";
import { checkIn, type CheckIn, type CheckInRules, type PersonStatus } from "./check-ins";
import { byPlace } from "./problem-order";
import { addFollowThrough, followThrough, type FollowThrough } from "./follow-through";

export interface PersonRow {
  name: string;
  path: string;
  /** The cadence as written, or the default cadence that applies; null when there is neither. */
  cadence: string | null;
  /** The cadence in words, from rrule ("not tracked" for `none`); null when it does not read. */
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
  /** The task's line as written in its note. */
  lineText: string;
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
  /** Links to notes not written yet: names that may be people (not problems), the ignored ones left out. */
  unresolved: UnresolvedName[];
}

/** What the due list is computed from: a model's contacts, settings and cadence memo. */
export interface Contacts {
  readonly settings: CoreSettings;
  readonly cadences: Cadences;
  allPeople(): ReadonlyMap<string, Person>;
  interactionsOf(personPath: string): readonly Interaction[];
  commitmentsOf(personPath: string): readonly Commitment[];
  problems(): Problem[];
  unresolved(): UnresolvedName[];
}

const STATUS_ORDER: Record<PersonStatus, number> = { overdue: 0, due: 1, "due-soon": 2, ok: 3, snoozed: 4, ended: 5, untracked: 6 };

export function dueReport(contacts: Contacts, today: IsoDate): DueReport {
  const steps = dueReportInSteps(contacts, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many people are worked out between two pauses of `dueReportInSteps`. */
const PEOPLE_PER_STEP = 100;

/**
 * The due list, pausing (yielding) every hundred people, so that a host can spread a first report (rrule
 * walks a rule for each person, slowly on a cold start) over several frames.
 */
export function* dueReportInSteps(contacts: Contacts, today: IsoDate): Generator<void, DueReport> {
  const { settings, cadences } = contacts;
  const problems = contacts.problems();
  const defaultCadence = readDefaultCadence(settings.defaultCadence, cadences, problems);
  const rules: CheckInRules = {
    today,
    dueSoonDays: settings.dueSoonDays,
    nextAfter: (cadence, last) => cadences.nextAfter(cadence, last),
    lastContactField: settings.fields.lastContact,
  };
  const fieldOf = { cadence: settings.fields.cadence, lastContact: settings.fields.lastContact };
  const people: PersonRow[] = [];
  const commitments: CommitmentRow[] = [];
  const birthdays: BirthdayRow[] = [];
  const overall: FollowThrough = { keptOnTime: 0, keptLate: 0, overdue: 0, open: 0 };
  let sinceStep = 0;
  for (const person of contacts.allPeople().values()) {
    if (++sinceStep === PEOPLE_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const promises = contacts.commitmentsOf(person.path);
    const own = person.cadence;
    const cadence = own === "none" || own === "unreadable" ? null : (own ?? defaultCadence);
    const state = checkIn(person, contacts.interactionsOf(person.path), cadence, rules);
    for (const { property, message } of state.problems) problems.push({ path: person.path, line: person.lines[fieldOf[property]] ?? null, message });
    const row = personRow(person, state, promises, today);
    people.push(row);
    addFollowThrough(overall, row.followThrough);
    for (const c of promises) commitments.push(commitmentRow(c, person, today));
    const birthday = person.birthday ? nextBirthday(person.birthday, today) : null;
    if (birthday && birthday.inDays <= settings.birthdayDays) birthdays.push({ person: person.name, path: person.path, ...birthday });
  }
  people.sort(comparePeople);
  commitments.sort(compareCommitments);
  birthdays.sort((a, b) => a.inDays - b.inDays || compareText(a.person, b.person) || compareText(a.path, b.path));
  const ignored = new Set(settings.ignoredNames.map(nameKey));
  const unresolved = contacts.unresolved().filter((u) => !ignored.has(nameKey(u.name)));
  return { today, people, commitments, birthdays, followThrough: overall, problems: problems.sort(byPlace), unresolved };
}

function personRow(person: Person, state: CheckIn, promises: readonly Commitment[], today: IsoDate): PersonRow {
  const notTracked = person.cadence === "none";
  return {
    name: person.name,
    path: person.path,
    cadence: person.cadenceWritten ?? state.cadence?.source ?? null,
    cadenceText: notTracked ? "not tracked" : (state.cadence?.words ?? null),
    lastContact: state.lastContact,
    due: state.due,
    daysOverdue: state.daysOverdue,
    status: state.status,
    snoozeUntil: person.snoozeUntil,
    aliases: person.aliases,
    groups: person.groups,
    followThrough: followThrough(promises, today),
  };
}

function commitmentRow(c: Commitment, person: Person, today: IsoDate): CommitmentRow {
  const daysOverdue = c.status === "open" && c.due !== null ? Math.max(0, daysBetween(c.due, today)) : 0;
  const { personPath, path, line, text, due, direction, status, done, lineText } = c;
  return { person: person.name, personPath, path, line, text, due, direction, status, daysOverdue, done, lineText };
}

function comparePeople(a: PersonRow, b: PersonRow): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.daysOverdue - a.daysOverdue || compareText(a.due ?? "", b.due ?? "") || compareText(a.name, b.name) || compareText(a.path, b.path);
}

/** Open promises first, then the rest; each by due date (none last), person, note and line. */
function compareCommitments(a: CommitmentRow, b: CommitmentRow): number {
  return (
    Number(a.status !== "open") - Number(b.status !== "open") ||
    compareText(a.due ?? "9999", b.due ?? "9999") ||
    compareText(a.person, b.person) ||
    compareText(a.path, b.path) ||
    a.line - b.line ||
    compareText(a.personPath, b.personPath)
  );
}

function readDefaultCadence(text: string, cadences: Cadences, problems: Problem[]): Cadence | null {
  if (text.trim() === "") return null;
  const parsed = cadences.parse(text);
  if (parsed.ok) return parsed.cadence; // `none` as the default: nobody is tracked by default
  problems.push({ path: "(settings)", line: null, message: `default ${parsed.reason}` });
  return null;
}
