/**
 * What one note says about people: its interactions, commitments and problems, with links resolved
 * against the index. Depends on the note and on the index's name tables only, so when a note's text
 * changes and no name does, this is all that needs computing again.
 */
import type { Commitment, Interaction, Person } from "./contacts";
import type { Entry, NoteFacts } from "./note";
import { escapeRegExp } from "./escape-regexp";
import { plainText } from "./plain-text";
import type { Problem } from "./problem";
import { withoutTaskFields } from "./task";
import type { VaultIndex } from "./vault-index";

export interface Contribution {
  interactions: Interaction[];
  commitments: Commitment[];
  problems: Problem[];
}

export interface ContributionContext {
  index: VaultIndex;
  people: ReadonlyMap<string, Person>;
  waitingTag: string;
  /** The waiting tag says who owes whom; it is shown as the direction, not as words of the promise. */
  waitingTagPattern: RegExp;
}

export function contributionContext(index: VaultIndex, people: ReadonlyMap<string, Person>): ContributionContext {
  const waitingTag = index.context.settings.waitingTag.toLowerCase();
  return { index, people, waitingTag, waitingTagPattern: new RegExp(`(^|\\s)#${escapeRegExp(waitingTag)}(?=\\s|$)`, "giu") };
}

export function contributionOf(note: NoteFacts, ctx: ContributionContext): Contribution {
  const { index } = ctx;
  const result: Contribution = { interactions: [], commitments: [], problems: [...note.problems] };
  for (const entry of note.entries) {
    const date = entry.date ?? note.date;
    const counts = date !== null || entry.task !== null;
    const { personPaths, unresolved } = peopleOf(index, note, entry, ctx.people);
    if (counts) result.problems.push(...unresolved);
    // An interaction reads the same for everyone it is with; a commitment leaves out its own person.
    const interactionText = entry.task || !date || personPaths.size === 0 ? "" : plainText(entry.text);
    for (const personPath of personPaths) {
      const base = { personPath, path: note.path, line: entry.line, kinds: entry.tags };
      if (!entry.task) {
        if (date) result.interactions.push({ ...base, date, text: interactionText });
        continue;
      }
      const done = entry.task.status === "done" ? (entry.task.done ?? date) : null;
      const ownLink = (target: string) => index.resolve(target, note.path) === personPath;
      const waiting = entry.tags.some((t) => t.toLowerCase() === ctx.waitingTag);
      const text = plainText(withoutTaskFields(entry.text), ownLink).replace(ctx.waitingTagPattern, " ").replace(/\s+/g, " ").trim();
      result.commitments.push({
        ...base,
        text,
        due: entry.task.due,
        status: entry.task.status,
        done,
        direction: waiting ? "owed-to-me" : "owed-by-me",
      });
      // Keeping a promise is also a contact, on the day it was kept.
      if (done) result.interactions.push({ ...base, date: done, text });
    }
  }
  return result;
}

/** The people an entry is with: the people it links, and the person whose own note it is in. */
function peopleOf(index: VaultIndex, note: NoteFacts, entry: Entry, people: ReadonlyMap<string, Person>) {
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
