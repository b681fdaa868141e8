/**
 * The due list's commitments: open ones first, then closed ones, each by due date (none last), person,
 * note and line. The order does not depend on the day, so it is kept from one query to the next: after an
 * edit only that note's promises are taken out and put back in place, and a new day only recomputes how
 * late the open ones are.
 */
import { compareText } from "../text/compare";
import type { Commitment, Contacts } from "../index/contacts";
import { dayNumber, type IsoDate } from "../calendar/dates";
import type { CommitmentRow } from "./due-report";

/** A promise in its place: its sort key, its due day as a number (NaN for none), its row as last shown. */
interface Placed {
  readonly commitment: Commitment;
  readonly key: string;
  readonly dueDay: number;
  row: CommitmentRow;
}

interface Sorted {
  /** The list these were sorted from; the contacts replace it on every change to a promise. */
  list: readonly Commitment[];
  open: Placed[];
  closed: Placed[];
}

/** Per contacts object: a rebuilt index gives new contacts, and with them new people and names. */
const sortedByContacts = new WeakMap<Contacts, Sorted>();

export function commitmentRows(contacts: Contacts, today: IsoDate): CommitmentRow[] {
  const { open, closed } = sortedOf(contacts);
  const todayDay = dayNumber(today);
  const rows: CommitmentRow[] = [];
  for (const placed of open) {
    const late = placed.dueDay < todayDay ? todayDay - placed.dueDay : 0;
    if (placed.row.daysOverdue !== late) placed.row = withLateness(placed.row, late);
    rows.push(placed.row);
  }
  for (const placed of closed) rows.push(placed.row);
  return rows;
}

/** Past this many new promises at once, sorting them all again is as quick as placing each. */
const MAX_PLACED_ONE_BY_ONE = 64;

function sortedOf(contacts: Contacts): Sorted {
  const before = sortedByContacts.get(contacts);
  if (before?.list === contacts.commitments) return before;
  const change = before ? changeBetween(before.list, contacts.commitments) : null;
  let sorted: Sorted;
  if (before && change) {
    const stays = (placed: Placed) => !change.removed.has(placed.commitment);
    sorted = { list: contacts.commitments, open: before.open.filter(stays), closed: before.closed.filter(stays) };
    for (const c of change.added) insertInOrder(c.status === "open" ? sorted.open : sorted.closed, placedOf(c, contacts));
  } else {
    const all = contacts.commitments.map((c) => placedOf(c, contacts));
    const byKey = (a: Placed, b: Placed) => compareText(a.key, b.key);
    sorted = { list: contacts.commitments, open: all.filter((p) => p.commitment.status === "open").sort(byKey), closed: all.filter((p) => p.commitment.status !== "open").sort(byKey) };
  }
  sortedByContacts.set(contacts, sorted);
  return sorted;
}

/**
 * The promises of `before` that `now` no longer has, and those it adds. The contacts take an edited
 * note's promises out of the list and append its new ones, so one walk finds both; a list in another
 * order still gives a right answer (a moved promise is taken out and added back), or null when so much
 * changed that sorting everything again is quicker.
 */
function changeBetween(before: readonly Commitment[], now: readonly Commitment[]): { removed: Set<Commitment>; added: Commitment[] } | null {
  const removed = new Set<Commitment>();
  const added: Commitment[] = [];
  let next = 0;
  for (const c of now) {
    let found = next;
    while (found < before.length && before[found] !== c) found++;
    if (found === before.length) {
      added.push(c);
      if (added.length > MAX_PLACED_ONE_BY_ONE) return null;
      continue;
    }
    for (; next < found; next++) removed.add(before[next] as Commitment);
    next = found + 1;
  }
  for (; next < before.length; next++) removed.add(before[next] as Commitment);
  return { removed, added };
}

/** Puts `placed` into the sorted `list` after every promise whose key is not greater. */
function insertInOrder(list: Placed[], placed: Placed): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareText((list[mid] as Placed).key, placed.key) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, placed);
}

function placedOf(c: Commitment, contacts: Contacts): Placed {
  const person = contacts.people.get(c.personPath)?.name ?? c.personPath;
  // Due date (none last), person, note, line, as one string: thousands are compared per sort. The
  // person's path last: two people of one name in one task still have one order.
  const key = `${c.due ?? "9999"}\u0000${person}\u0000${c.path}\u0000${String(c.line).padStart(9, "0")}\u0000${c.personPath}`;
  return { commitment: c, key, dueDay: c.due === null ? NaN : dayNumber(c.due), row: rowOf(c, person) };
}

/**
 * A new row, not yet late: the query sets its lateness. Rows are never changed once made (a later day
 * copies them), so the view can tell a changed row by identity.
 */
function rowOf(c: Commitment, person: string): CommitmentRow {
  return {
    person,
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
