/**
 * The due list as of a day: every person with their check-in, every commitment, upcoming birthdays and
 * the problems found. Its JSON form is the CLI's `due --json` contract: keep these names.
 */
import { compareText } from "../text/compare";
import { parseCadence, type Cadence } from "../calendar/cadence";
import type { PersonStatus } from "./check-ins";
import { commitmentRows } from "./commitment-rows";
import { changeCount, contactsOf, peopleChangedSince, type Commitment, type Contacts, type Direction, type Interaction, type Person } from "../index/contacts";
import { dayNumber, type IsoDate } from "../calendar/dates";
import type { FollowThrough } from "./follow-through";
import { birthdayRowOn, personRowOn, standingOf, standsFor, type Standing } from "./person-rows";
import type { Problem } from "../problem";
import type { CoreSettings } from "../settings";
import type { TaskStatus } from "../parse/task";
import type { VaultIndex } from "../index/vault-index";

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
const STATUS_ORDER: Record<PersonStatus, number> = { overdue: 0, due: 1, "due-soon": 2, ok: 3, snoozed: 4, untracked: 5 };

/**
 * Per index: its last report (asked again for the same day and version, it is the same report), and every
 * person's standing in the order of that report, with what the standings reflect: these contacts, up to
 * this mark of their change log, with this default cadence.
 */
interface Ledger {
  version: number;
  today: IsoDate;
  report: DueReport;
  standings: Standing[];
  /** The same standings by person path. */
  byPath: Map<string, Standing>;
  contacts: Contacts;
  seen: number;
  defaultCadence: Cadence | null;
}
const ledgers = new WeakMap<VaultIndex, Ledger>();

/** The due list as of `today`. The report is shared between callers that ask the same: never change it. */
export function dueReport(index: VaultIndex, today: IsoDate): DueReport {
  const ledger = ledgers.get(index);
  if (ledger?.version === index.version && ledger.today === today) return ledger.report;
  const contacts = contactsOf(index);
  const problems = [...contacts.problems];
  const defaultCadence = readDefaultCadence(index.context.settings.defaultCadence, problems);
  const { standings, byPath } = ledger ? updatedStandings(ledger, contacts, defaultCadence) : standingsOf(contacts, defaultCadence, []);
  const report = computeReport(contacts, standings, today, index.context.settings, problems);
  ledgers.set(index, { version: index.version, today, report, standings, byPath, contacts, seen: changeCount(contacts), defaultCadence });
  return report;
}

/**
 * The ledger's standings brought up to date. While the contacts are the same object, only people's
 * lists have changed (a change to anyone's note makes new contacts), and their change log says whose:
 * only those standings are made again. Otherwise every standing is checked.
 */
function updatedStandings(ledger: Ledger, contacts: Contacts, defaultCadence: Cadence | null): Pick<Ledger, "standings" | "byPath"> {
  const changed = ledger.contacts === contacts && ledger.defaultCadence === defaultCadence ? peopleChangedSince(contacts, ledger.seen) : null;
  if (changed === null) return standingsOf(contacts, defaultCadence, ledger.standings);
  const { standings, byPath } = ledger;
  for (const path of new Set(changed)) {
    const before = byPath.get(path);
    const person = contacts.people.get(path);
    if (!before || !person) continue;
    const standing = standingOf(person, ...listsOf(contacts, path), defaultCadence);
    standings[standings.indexOf(before)] = standing;
    byPath.set(path, standing);
  }
  return { standings, byPath };
}

/**
 * Everyone's standing, in the order of `before` (the last report's, so sorting again finds it nearly in
 * order) and then anyone new; a standing is kept while the person's facts are the very same objects.
 */
function standingsOf(contacts: Contacts, defaultCadence: Cadence | null, before: readonly Standing[]): Pick<Ledger, "standings" | "byPath"> {
  const standings: Standing[] = [];
  const byPath = new Map<string, Standing>();
  const place = (person: Person, previous: Standing | null) => {
    const [interactions, commitments] = listsOf(contacts, person.path);
    const kept = previous !== null && standsFor(previous, person, interactions, commitments, defaultCadence);
    const standing = kept ? previous : standingOf(person, interactions, commitments, defaultCadence);
    standings.push(standing);
    byPath.set(person.path, standing);
  };
  for (const previous of before) {
    const person = contacts.people.get(previous.basis.person.path);
    if (person) place(person, previous);
  }
  for (const person of contacts.people.values()) if (!byPath.has(person.path)) place(person, null);
  return { standings, byPath };
}

function listsOf(contacts: Contacts, path: string): [readonly Interaction[], readonly Commitment[]] {
  return [contacts.interactions.get(path) ?? NO_INTERACTIONS, contacts.commitmentsByPerson.get(path) ?? NO_COMMITMENTS];
}

function computeReport(contacts: Contacts, standings: Standing[], today: IsoDate, settings: CoreSettings, problems: Problem[]): DueReport {
  const todayDay = dayNumber(today);
  const birthdays: BirthdayRow[] = [];
  for (const standing of standings) {
    personRowOn(standing, today, todayDay, settings.dueSoonDays);
    const birthday = birthdayRowOn(standing, today, todayDay, settings.birthdayDays);
    if (birthday) birthdays.push(birthday);
  }
  // The standings themselves are sorted by their rows, so the next query starts from this order.
  standings.sort((a, b) => comparePeople(a.row as PersonRow, b.row as PersonRow));
  const people = standings.map((standing) => standing.row as PersonRow);
  birthdays.sort((a, b) => a.inDays - b.inDays || compareText(a.person, b.person) || compareText(a.path, b.path));

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

function comparePeople(a: PersonRow, b: PersonRow): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.daysOverdue - a.daysOverdue || compareText(a.due ?? "", b.due ?? "") || compareText(a.name, b.name) || compareText(a.path, b.path);
}

function readDefaultCadence(text: string, problems: Problem[]): Cadence | null {
  if (text.trim() === "") return null;
  const parsed = parseCadence(text);
  if (parsed.ok) return parsed.cadence;
  problems.push({ path: "(settings)", line: null, message: `default ${parsed.reason}` });
  return null;
}
