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
import { Memo } from "./memo";

interface Sorted {
  /** The list these were sorted from; the index replaces it on every change to a promise. */
  list: readonly Commitment[];
  open: Commitment[];
  closed: Commitment[];
  /** Closed rows do not depend on the day. */
  closedRows: CommitmentRow[];
}

/** Per contacts object: a rebuilt index gives new contacts, and with them new people and names. */
const sortedByContacts = new WeakMap<Contacts, Sorted>();
/** A row changes only with its person's name and, for an open promise, how many days late it is. */
const rows = new Memo<Commitment, CommitmentRow>();
const sortKeys = new WeakMap<Commitment, string>();

export function commitmentRows(contacts: Contacts, today: IsoDate): CommitmentRow[] {
  const sorted = sortedOf(contacts);
  const open = sorted.open.map((c) => rowOf(c, contacts, lateDays(c, today)));
  return open.concat(sorted.closedRows);
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
  const sorted = { list: contacts.commitments, open, closed, closedRows: closed.map((c) => rowOf(c, contacts, 0)) };
  sortedByContacts.set(contacts, sorted);
  return sorted;
}

function lateDays(c: Commitment, today: IsoDate): number {
  return c.due !== null && c.due < today ? daysBetween(c.due, today) : 0;
}

function personName(c: Commitment, contacts: Contacts): string {
  return contacts.people.get(c.personPath)?.name ?? c.personPath;
}

function rowOf(c: Commitment, contacts: Contacts, daysOverdue: number): CommitmentRow {
  return rows.get(c, [contacts.people, daysOverdue], () => ({
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
  }));
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
