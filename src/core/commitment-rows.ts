/**
 * The due list's commitments: open ones first, then closed ones, each by due date (none last), person,
 * note and line. The order does not depend on the day, so it is kept from one query to the next: after an
 * edit only that note's promises are placed again (the sort finds the rest already in order), and a new
 * day only recomputes how late the open ones are.
 */
import { compareText } from "./compare";
import type { Commitment, Contacts } from "./contacts";
import { dayNumber, type IsoDate } from "./dates";
import type { CommitmentRow } from "./due-report";

interface Sorted {
  /** The list these were sorted from; the index replaces it on every change to a promise. */
  list: readonly Commitment[];
  open: Commitment[];
  /** The open promises' due dates as day numbers (NaN for none), beside them. */
  openDueDays: number[];
  /** The open promises' rows as last shown, beside them: a row is kept while its lateness is the same. */
  openRows: CommitmentRow[];
  closed: Commitment[];
  /** Closed rows do not depend on the day. */
  closedRows: CommitmentRow[];
}

/** Per contacts object: a rebuilt index gives new contacts, and with them new people and names. */
const sortedByContacts = new WeakMap<Contacts, Sorted>();
const sortKeys = new WeakMap<Commitment, string>();

export function commitmentRows(contacts: Contacts, today: IsoDate): CommitmentRow[] {
  const { openDueDays, openRows, closedRows } = sortedOf(contacts);
  const todayDay = dayNumber(today);
  for (let i = 0; i < openRows.length; i++) {
    const dueDay = openDueDays[i] as number;
    const late = dueDay < todayDay ? todayDay - dueDay : 0;
    const row = openRows[i] as CommitmentRow;
    if (row.daysOverdue !== late) openRows[i] = withLateness(row, late);
  }
  return openRows.concat(closedRows);
}

function sortedOf(contacts: Contacts): Sorted {
  const before = sortedByContacts.get(contacts);
  if (before?.list === contacts.commitments) return before;
  // Each promise still there keeps its row as last shown, and its place: the sort then merges in the new.
  const shown = new Map<Commitment, CommitmentRow>();
  if (before) {
    const now = new Set(contacts.commitments);
    const keep = (c: Commitment, row: CommitmentRow | undefined) => now.has(c) && row && shown.set(c, row);
    before.open.forEach((c, i) => keep(c, before.openRows[i]));
    before.closed.forEach((c, i) => keep(c, before.closedRows[i]));
  }
  const candidates = [...shown.keys(), ...contacts.commitments.filter((c) => !shown.has(c))];
  const byKey = (a: Commitment, b: Commitment) => compareText(sortKeyOf(a, contacts), sortKeyOf(b, contacts));
  const open = candidates.filter((c) => c.status === "open").sort(byKey);
  const closed = candidates.filter((c) => c.status !== "open").sort(byKey);
  const rowAsShown = (c: Commitment) => shown.get(c) ?? rowOf(c, contacts);
  const openDueDays = open.map((c) => (c.due === null ? NaN : dayNumber(c.due)));
  const sorted = { list: contacts.commitments, open, openDueDays, openRows: open.map(rowAsShown), closed, closedRows: closed.map(rowAsShown) };
  sortedByContacts.set(contacts, sorted);
  return sorted;
}

function personName(c: Commitment, contacts: Contacts): string {
  return contacts.people.get(c.personPath)?.name ?? c.personPath;
}

/**
 * A new row, not yet late: the query sets its lateness. Rows are never changed once made (a later day
 * copies them), so the view can tell a changed row by identity.
 */
function rowOf(c: Commitment, contacts: Contacts): CommitmentRow {
  return {
    person: personName(c, contacts),
    personPath: c.personPath,
    path: c.path,
    line: c.line,
    text: c.text,
    due: c.due,
    direction: c.direction,
    status: c.status,
    daysOverdue: 0,
    done: c.done,
  };
}

/** A copy of `row` with another lateness, written out: a literal of one shape beats a spread here. */
function withLateness(row: CommitmentRow, daysOverdue: number): CommitmentRow {
  const { person, personPath, path, line, text, due, direction, status, done } = row;
  return { person, personPath, path, line, text, due, direction, status, daysOverdue, done };
}

/** Due date (none last), person, note, line, as one string: thousands are compared per sort. */
function sortKeyOf(c: Commitment, contacts: Contacts): string {
  let key = sortKeys.get(c);
  if (key === undefined) {
    key = `${c.due ?? "9999"}\u0000${personName(c, contacts)}\u0000${c.path}\u0000${String(c.line).padStart(9, "0")}`;
    sortKeys.set(c, key);
  }
  return key;
}
