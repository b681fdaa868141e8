/** Everything that happened with one person, newest first: interactions and commitments. */
import { compareText } from "../text/compare";
import { contactsOf, type Person } from "../index/contacts";
import type { IsoDate } from "../calendar/dates";
import type { TaskStatus } from "../parse/task";
import type { VaultIndex } from "../index/vault-index";

export interface TimelineEvent {
  kind: "interaction" | "commitment";
  /** The interaction's date; a commitment's done date, else its due date, else its note's date. */
  date: IsoDate | null;
  path: string;
  line: number;
  text: string;
  kinds: readonly string[];
  status?: TaskStatus;
  due?: IsoDate | null;
}

/** The person a name or alias (any case) stands for, or null. */
export function findPerson(index: VaultIndex, name: string): Person | null {
  const wanted = name.trim().toLowerCase();
  const people = [...contactsOf(index).people.values()];
  return (
    people.find((p) => p.name.toLowerCase() === wanted || p.path.toLowerCase() === wanted) ??
    people.find((p) => p.aliases.some((a) => a.toLowerCase() === wanted)) ??
    null
  );
}

export function timeline(index: VaultIndex, personPath: string): TimelineEvent[] {
  const contacts = contactsOf(index);
  const commitments = contacts.commitments.filter((c) => c.personPath === personPath);
  const commitmentLines = new Set(commitments.map((c) => `${c.line}:${c.path}`));
  const events: TimelineEvent[] = [];
  for (const i of contacts.interactions.get(personPath) ?? []) {
    // A kept commitment is listed once, as the commitment.
    if (!commitmentLines.has(`${i.line}:${i.path}`)) events.push({ kind: "interaction", date: i.date, path: i.path, line: i.line, text: i.text, kinds: i.kinds });
  }
  for (const c of commitments) {
    const noteDate = index.get(c.path)?.date ?? null;
    events.push({
      kind: "commitment",
      date: c.done ?? c.due ?? noteDate,
      path: c.path,
      line: c.line,
      text: c.text,
      kinds: c.kinds,
      status: c.status,
      due: c.due,
    });
  }
  return events.sort((a, b) => compareText(b.date ?? "", a.date ?? "") || compareText(a.path, b.path) || b.line - a.line);
}
