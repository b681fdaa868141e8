/**
 * Links resolved: who each interaction and commitment is with, across the whole index. Recomputed only
 * when the index has changed since the last call (its version), never per query.
 */
import type { IsoDate } from "./dates";
import type { Entry, NoteFacts } from "./note";
import type { PersonFacts } from "./person";
import { plainText } from "./plain-text";
import type { Problem } from "./problem";
import { withoutTaskFields, type TaskStatus } from "./task";
import type { VaultIndex } from "./vault-index";

export interface Person extends PersonFacts {
  path: string;
}

export interface Interaction {
  personPath: string;
  date: IsoDate;
  path: string;
  line: number;
  text: string;
  /** The item's hashtags: #call, #coffee. */
  kinds: string[];
}

export type Direction = "owed-by-me" | "owed-to-me";

export interface Commitment {
  personPath: string;
  path: string;
  line: number;
  text: string;
  due: IsoDate | null;
  status: TaskStatus;
  /** When it was done: its ✅ date, else the date of its note. */
  done: IsoDate | null;
  direction: Direction;
  kinds: string[];
}

export interface Contacts {
  people: Map<string, Person>;
  /** By person path, oldest first. Dates after "today" are kept here and filtered by the queries. */
  interactions: Map<string, Interaction[]>;
  commitments: Commitment[];
  problems: Problem[];
}

const cache = new WeakMap<VaultIndex, { version: number; contacts: Contacts }>();

export function contactsOf(index: VaultIndex): Contacts {
  const cached = cache.get(index);
  if (cached && cached.version === index.version) return cached.contacts;
  const contacts = collect(index);
  cache.set(index, { version: index.version, contacts });
  return contacts;
}

function collect(index: VaultIndex): Contacts {
  const people = new Map<string, Person>();
  for (const note of index.all()) if (note.person) people.set(note.path, { ...note.person, path: note.path });
  const interactions = new Map<string, Interaction[]>([...people.keys()].map((path) => [path, []]));
  const commitments: Commitment[] = [];
  const problems: Problem[] = [];
  const waitingTag = index.context.settings.waitingTag.toLowerCase();
  // The waiting tag says who owes whom; it is shown as the direction, not as words of the promise.
  const waitingTagPattern = new RegExp(`(^|\\s)#${escapeRegExp(waitingTag)}(?=\\s|$)`, "giu");

  for (const note of index.all()) {
    problems.push(...note.problems);
    for (const entry of note.entries) {
      const date = entry.date ?? note.date;
      const counts = date !== null || entry.task !== null;
      const { personPaths, unresolved } = peopleOf(index, note, entry, people);
      if (counts) problems.push(...unresolved);
      for (const personPath of personPaths) {
        const list = interactions.get(personPath) as Interaction[];
        const base = { personPath, path: note.path, line: entry.line, kinds: entry.tags };
        if (!entry.task) {
          if (date) list.push({ ...base, date, text: plainText(entry.text) });
          continue;
        }
        const done = entry.task.status === "done" ? (entry.task.done ?? date) : null;
        const ownLink = (target: string) => index.resolve(target, note.path) === personPath;
        const waiting = entry.tags.some((t) => t.toLowerCase() === waitingTag);
        const text = plainText(withoutTaskFields(entry.text), ownLink).replace(waitingTagPattern, " ").replace(/\s+/g, " ").trim();
        commitments.push({
          ...base,
          text,
          due: entry.task.due,
          status: entry.task.status,
          done,
          direction: waiting ? "owed-to-me" : "owed-by-me",
        });
        // Keeping a promise is also a contact, on the day it was kept.
        if (done) list.push({ ...base, date: done, text });
      }
    }
  }
  for (const { name, paths } of index.sharedNames()) {
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).join(", ");
      problems.push({ path, line: null, message: `the name or alias "${name}" is shared with ${others}; links by it are ambiguous` });
    }
  }
  for (const list of interactions.values()) list.sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path) || a.line - b.line);
  problems.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0));
  return { people, interactions, commitments, problems };
}

/** The people an entry is with: the people it links, and the person whose own note it is in. */
function peopleOf(index: VaultIndex, note: NoteFacts, entry: Entry, people: Map<string, Person>) {
  const personPaths = new Set<string>();
  const unresolved: Problem[] = [];
  if (note.person) personPaths.add(note.path);
  for (const link of entry.links) {
    const path = index.resolve(link.target, note.path);
    if (path === null) {
      const owners = index.aliasOwners(link.target);
      const message =
        owners.length > 1
          ? `[[${link.target}]] is an alias of ${owners.join(" and ")}; link the note itself`
          : `[[${link.target}]] links no note; create the person's note or fix the link`;
      unresolved.push({ path: note.path, line: entry.line, message });
    } else if (people.has(path)) {
      personPaths.add(path);
    }
  }
  return { personPaths, unresolved };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
