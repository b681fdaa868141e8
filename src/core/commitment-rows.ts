/**
 * The due list's commitments. Closed promises (done, cancelled) look the same whatever the day, so their
 * rows and their order are worked out once per set of commitments; only the open ones, whose lateness
 * depends on today, are worked out per day. Rows are kept per commitment, so after an edit only the
 * edited note's promises are turned into rows again.
 */
import { compareText } from "./compare";
import type { Commitment, Contacts } from "./contacts";
import { daysBetween, type IsoDate } from "./dates";
import type { CommitmentRow } from "./due-report";
import { Memo } from "./memo";

interface Closed {
  rows: CommitmentRow[];
  open: Commitment[];
}

const closedByList = new WeakMap<readonly Commitment[], Closed>();
const openRows = new Memo<readonly Commitment[], CommitmentRow[]>();
/** One row per commitment, day and person name: an edit to one note leaves the other notes' rows as they were. */
const rows = new Memo<Commitment, CommitmentRow>();

function cachedRow(c: Commitment, contacts: Contacts, today: IsoDate): CommitmentRow {
  const person = contacts.people.get(c.personPath)?.name ?? c.personPath;
  return rows.get(c, [today, person], () => rowOf(c, person, today));
}

export function commitmentRows(contacts: Contacts, today: IsoDate): CommitmentRow[] {
  const closed = closedOf(contacts);
  const open = openRows.get(closed.open, [today, contacts.people], () => sortRows(closed.open.map((c) => cachedRow(c, contacts, today))));
  return [...open, ...closed.rows];
}

function closedOf(contacts: Contacts): Closed {
  let closed = closedByList.get(contacts.commitments);
  if (!closed) {
    const open = contacts.commitments.filter((c) => c.status === "open");
    const done = contacts.commitments.filter((c) => c.status !== "open");
    // Closed rows do not depend on the day: "" stands for any.
    closed = { rows: sortRows(done.map((c) => cachedRow(c, contacts, ""))), open };
    closedByList.set(contacts.commitments, closed);
  }
  return closed;
}

function rowOf(c: Commitment, person: string, today: IsoDate): CommitmentRow {
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

/** Due date (none last), person, note, line: as one key per row, since thousands of rows are sorted per edit. */
const sortKeys = new WeakMap<CommitmentRow, string>();

function sortRows(list: CommitmentRow[]): CommitmentRow[] {
  const keyOf = (row: CommitmentRow) => {
    let key = sortKeys.get(row);
    if (key === undefined) {
      key = `${row.due ?? "9999"}\u0000${row.person}\u0000${row.path}\u0000${String(row.line).padStart(9, "0")}`;
      sortKeys.set(row, key);
    }
    return key;
  };
  return list.sort((a, b) => compareText(keyOf(a), keyOf(b)));
}
