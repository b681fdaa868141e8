/** Everything that happened with one person, newest first: interactions and commitments. */
import type { IsoDate } from "../calendar/dates";
import type { Person } from "../index/contributions";
import type { Model } from "../index/model";
import { nameKey } from "../index/vault-index";
import type { TaskStatus } from "../parse/task";
import { compareText } from "../text/compare";
import { plainText } from "../text/plain-text";

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
export function findPerson(model: Model, name: string): Person | null {
  const wanted = nameKey(name.trim());
  const people = [...model.allPeople().values()];
  return (
    people.find((p) => nameKey(p.name) === wanted || nameKey(p.path) === wanted) ??
    people.find((p) => p.aliases.some((a) => nameKey(a) === wanted)) ??
    null
  );
}

export function timeline(model: Model, personPath: string): TimelineEvent[] {
  const commitments = model.commitmentsOf(personPath);
  const commitmentLines = new Set(commitments.map((c) => `${c.line}:${c.path}`));
  const events: TimelineEvent[] = [];
  for (const i of model.interactionsOf(personPath)) {
    // A kept commitment is listed once, as the commitment.
    if (!commitmentLines.has(`${i.line}:${i.path}`)) events.push({ kind: "interaction", date: i.date, path: i.path, line: i.line, text: plainText(i.words), kinds: i.kinds });
  }
  for (const c of commitments) {
    const noteDate = model.get(c.path)?.date ?? null;
    events.push({ kind: "commitment", date: c.done ?? c.due ?? noteDate, path: c.path, line: c.line, text: c.text, kinds: c.kinds, status: c.status, due: c.due });
  }
  return events.sort((a, b) => compareText(b.date ?? "", a.date ?? "") || compareText(a.path, b.path) || b.line - a.line);
}
