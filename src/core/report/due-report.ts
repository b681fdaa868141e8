/**
 * The due list as of a day: every person with their check-in, every commitment, upcoming birthdays, the
 * follow-through loops (replies, thanks, asks) and the problems found. A plain function of the contacts,
 * the day and the settings, sorted anew each time. Its JSON form is the CLI's `due --json` contract:
 * keep these names; add, never rename.
 */
import { nextBirthday } from "../calendar/birthdays";
import type { Cadence } from "../calendar/cadence";
import type { Cadences } from "../calendar/cadences";
import { daysBetween, type IsoDate } from "../calendar/dates";
import type { Ask, Commitment, Direction, Interaction, Person, UnresolvedName } from "../index/contributions";
import { nameKey } from "../index/vault-index";
import type { TaskStatus } from "../parse/task";
import type { Problem } from "../problem";
import type { CoreSettings } from "../settings";
import { compareText } from "../text/compare";
import type { AskRow } from "./asks";
import { groupCadences } from "./cadence-choice";
import type { PersonStatus } from "./check-ins";
import { addFollowThrough, noFollowThrough, type FollowThrough } from "./follow-through";
import { personReport, type PersonRow, type PersonRules } from "./person-row";
import type { PersonShares } from "./person-shares";
import { byPlace } from "./problem-order";
import { recentSince } from "./recent";
import type { ReplyRow } from "./replies";
import type { ThanksRow } from "./thanks";

export type { PersonRow } from "./person-row";
export type { AskRow } from "./asks";
export type { ReplyRow } from "./replies";
export type { ThanksRow } from "./thanks";

export interface CommitmentRow {
  person: string;
  personPath: string;
  path: string;
  line: number;
  text: string;
  due: IsoDate | null;
  /** The words the due date was read from ("by Friday"); null when it was written as a date. */
  dueWords: string | null;
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
  /** Replies owed for `#asked` interactions, open ones first, then those answered recently (recent.ts). */
  replies: ReplyRow[];
  /** Thank-yous owed for help received, then those given recently; none when the thanks loop is off. */
  thanks: ThanksRow[];
  /** Things to ask people about (`ask::`), open ones first (from their day or not), then those asked recently. */
  asks: AskRow[];
}

/** What the due list is computed from: a model's contacts, settings and cadence memo. */
export interface Contacts {
  readonly settings: CoreSettings;
  readonly cadences: Cadences;
  allPeople(): ReadonlyMap<string, Person>;
  interactionsOf(personPath: string): readonly Interaction[];
  commitmentsOf(personPath: string): readonly Commitment[];
  asksOf(personPath: string): readonly Ask[];
  problems(): Problem[];
  unresolved(): UnresolvedName[];
  /**
   * Optional: people's shares kept between due lists, and each person's version (see person-shares.ts).
   * Without them every share is worked out each time.
   */
  readonly shares?: PersonShares;
  versionOf?(personPath: string): number;
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
  const since = recentSince(today);
  const rules: PersonRules = {
    recentSince: since,
    checkIn: { today, dueSoonDays: settings.dueSoonDays, nextAfter: (cadence, last) => cadences.nextAfter(cadence, last), lastContactField: settings.fields.lastContact },
    fallbacks: { byGroup: groupCadences(settings.groupCadences, cadences, problems), default: readDefaultCadence(settings.defaultCadence, cadences, problems) },
    newAcquaintanceDays: settings.newAcquaintanceDays,
    replies: { today, recentSince: since, tag: tagOf(settings.replyTag), withinDays: settings.replyWithinDays },
    thanks: settings.thanksLoop ? { today, recentSince: since, helpedTag: tagOf(settings.helpedTag), thanksTag: tagOf(settings.thanksTag) } : null,
  };
  const fieldOf = { cadence: settings.fields.cadence, lastContact: settings.fields.lastContact };
  const report: DueReport = { today, people: [], commitments: [], birthdays: [], followThrough: noFollowThrough(), problems, unresolved: [], replies: [], thanks: [], asks: [] };
  let sinceStep = 0;
  for (const person of contacts.allPeople().values()) {
    if (++sinceStep === PEOPLE_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const promises = contacts.commitmentsOf(person.path);
    const make = () => personReport(person, contacts.interactionsOf(person.path), promises, contacts.asksOf(person.path), rules);
    const share = contacts.shares && contacts.versionOf ? contacts.shares.get(person.path, today, contacts.versionOf(person.path), make) : make();
    for (const { property, message } of share.problems) problems.push({ path: person.path, line: person.lines[fieldOf[property]] ?? null, message });
    report.people.push(share.row);
    addFollowThrough(report.followThrough, share.row.followThrough);
    for (const c of promises) report.commitments.push(commitmentRow(c, person, today));
    report.replies.push(...share.replies);
    report.thanks.push(...share.thanks);
    report.asks.push(...share.asks);
    const birthday = person.birthday ? nextBirthday(person.birthday, today) : null;
    if (birthday && birthday.inDays <= settings.birthdayDays) report.birthdays.push({ person: person.name, path: person.path, ...birthday });
  }
  report.people.sort(comparePeople);
  report.commitments.sort(compareCommitments);
  report.birthdays.sort((a, b) => a.inDays - b.inDays || compareText(a.person, b.person) || compareText(a.path, b.path));
  report.replies.sort((a, b) => openFirst(a.status, b.status) || compareText(a.due, b.due) || byPlaceOf(a, b));
  report.thanks.sort((a, b) => openFirst(a.status, b.status) || compareText(a.since, b.since) || byPlaceOf(a, b));
  report.asks.sort((a, b) => openFirst(a.status, b.status) || compareText(a.date, b.date) || byPlaceOf(a, b));
  contacts.shares?.keepOnly(contacts.allPeople());
  const ignored = new Set(settings.ignoredNames.map(nameKey));
  report.unresolved = contacts.unresolved().filter((u) => !ignored.has(nameKey(u.name)));
  problems.sort(byPlace);
  return report;
}

/** A tag of the settings as the loops compare it: lower case, `#` optional. */
function tagOf(written: string): string {
  return written.trim().replace(/^#/, "").toLowerCase();
}

function openFirst(a: string, b: string): number {
  return Number(a !== "open") - Number(b !== "open");
}

/** Ties broken by person, note and line, so that the order never depends on the order people were read in. */
function byPlaceOf(a: { person: string; personPath: string; path: string; line: number }, b: typeof a): number {
  return compareText(a.person, b.person) || compareText(a.personPath, b.personPath) || compareText(a.path, b.path) || a.line - b.line;
}

function commitmentRow(c: Commitment, person: Person, today: IsoDate): CommitmentRow {
  const daysOverdue = c.status === "open" && c.due !== null ? Math.max(0, daysBetween(c.due, today)) : 0;
  const { personPath, path, line, text, due, dueWords, direction, status, done, lineText } = c;
  return { person: person.name, personPath, path, line, text, due, dueWords, direction, status, daysOverdue, done, lineText };
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
