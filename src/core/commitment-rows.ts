/**
 * The due list's commitments: open ones first, then closed ones, each by due date (none last), person,
 * note and line. The order does not depend on the day, so it is kept from one query to the next: after an
 * edit only that note's promises are placed again (the sort finds the rest already in order), and a new
 * day only recomputes how late the open ones are.
 */
import { compareText } from "./compare";
import type { Commitment, Contacts } from "./contacts";
import { daysBetween, type IsoDate } from "./dates";
import type { CommitmentRow } from "./due-report";

interface Sorted {
  /** The list these were sorted from; the index replaces it on every change to a promise. */
  list: readonly Commitment[];
  open: Commitment[];
  /** The open promises' rows as last shown, beside them: a row is kept while its lateness is the same. */
  openRows: CommitmentRow[];
  closed: Commitment[];
  /** Closed rows do not depend on the day. */
  closedRows: CommitmentRow[];
}

/** Per contacts object: a rebuilt index gives new contacts, and with them new people and names. */
const sortedByContacts = new WeakMap<Contacts, Sorted>();
/** Rows by promise, so that re-sorting after an edit does not rebuild the rows of the other notes. */
const rows = new WeakMap<Commitment, CommitmentRow>();
const sortKeys = new WeakMap<Commitment, string>();

export function commitmentRows(contacts: Contacts, today: IsoDate): CommitmentRow[] {
  const { open, openRows, closedRows } = sortedOf(contacts);
  for (let i = 0; i < open.length; i++) {
    const c = open[i] as Commitment;
    const late = c.due !== null && c.due < today ? daysBetween(c.due, today) : 0;
    if ((openRows[i] as CommitmentRow).daysOverdue !== late) openRows[i] = rowOf(c, contacts, late);
  }
  return openRows.concat(closedRows);
}

function sortedOf(contacts: Contacts): Sorted {
  const before = sortedByContacts.get(contacts);
  if (before?.list === contacts.commitments) return before;
  let candidates: Commitment[];
  if (before) {
    // Keep the old order for what is still there and add what is new: the sort then merges a few.
    const now = new Set(contacts.commitments);
    const then = new Set(before.list);
    const kept = (c: Commitment) => now.has(c);
    candidates = [...before.open.filter(kept), ...before.closed.filter(kept), ...contacts.commitments.filter((c) => !then.has(c))];
  } else {
    candidates = [...contacts.commitments];
  }
  const byKey = (a: Commitment, b: Commitment) => compareText(sortKeyOf(a, contacts), sortKeyOf(b, contacts));
  const open = candidates.filter((c) => c.status === "open").sort(byKey);
  const closed = candidates.filter((c) => c.status !== "open").sort(byKey);
  const rowAsShown = (c: Commitment) => rows.get(c) ?? rowOf(c, contacts, 0);
  const sorted = { list: contacts.commitments, open, openRows: open.map(rowAsShown), closed, closedRows: closed.map(rowAsShown) };
  sortedByContacts.set(contacts, sorted);
  return sorted;
}

function personName(c: Commitment, contacts: Contacts): string {
  return contacts.people.get(c.personPath)?.name ?? c.personPath;
}

/** A new row: rows are never changed once made, so the view can tell a changed row by identity. */
function rowOf(c: Commitment, contacts: Contacts, daysOverdue: number): CommitmentRow {
  const row: CommitmentRow = {
    person: personName(c, contacts),
    personPath: c.personPath,
    path: c.path,
    line: c.line,
    text: c.text,
    due: c.due,
    direction: c.direction,
    status: c.status,
    daysOverdue,
    done: c.done,
  };
  rows.set(c, row);
  return row;
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
