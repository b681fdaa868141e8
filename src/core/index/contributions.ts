/**
 * What one note says about people: its interactions, commitments and problems, with links resolved
 * against the index. Depends on the note and on the index's name tables only, so when a note's text
 * changes and no name does, this is all that needs computing again.
 */
import type { Commitment, Interaction, Person } from "./contacts";
import { linksOf, type Entry, type NoteFacts } from "../parse/note";
import { escapeRegExp } from "../text/escape-regexp";
import { plainText } from "../text/plain-text";
import type { Problem } from "../problem";
import { withoutTaskFields } from "../parse/task";
import type { VaultIndex } from "./vault-index";

export interface Contribution {
  readonly interactions: readonly Interaction[];
  readonly commitments: readonly Commitment[];
  readonly problems: readonly Problem[];
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

/** The one empty list, shared by every contribution that lacks one of the three. Never changed. */
const NONE: readonly never[] = Object.freeze([]);

/** What a note contributes when it names no one and has no problem: shared, as most notes of a vault do. */
export const NOTHING: Contribution = Object.freeze({ interactions: NONE, commitments: NONE, problems: NONE });

export function contributionOf(note: NoteFacts, ctx: ContributionContext): Contribution {
  if (note.entries.length === 0 && note.problems.length === 0) return NOTHING;
  const { index } = ctx;
  const { path } = note;
  const result = { interactions: [] as Interaction[], commitments: [] as Commitment[], problems: [...note.problems] };
  for (const entry of note.entries) {
    const { line, tags: kinds, task } = entry;
    const date = entry.date ?? note.date;
    const counts = date !== null || task !== null;
    const { personPaths, unresolved } = peopleOf(index, note, entry, ctx.people);
    if (counts) result.problems.push(...unresolved);
    if (!task) {
      if (!date || personPaths.size === 0) continue;
      // An interaction reads the same for everyone it is with.
      const text = plainText(entry.text);
      for (const personPath of personPaths) result.interactions.push({ personPath, path, line, kinds, date, text });
      continue;
    }
    const done = task.status === "done" ? (task.done ?? date) : null;
    const direction = kinds.some((t) => t.toLowerCase() === ctx.waitingTag) ? "owed-to-me" : "owed-by-me";
    for (const personPath of personPaths) {
      // A commitment leaves out its own person: "Send [[Alice]] the article" is "Send the article" in Alice's list.
      const ownLink = (target: string) => index.resolve(target, path) === personPath;
      const text = plainText(withoutTaskFields(entry.text), ownLink).replace(ctx.waitingTagPattern, " ").replace(/\s+/g, " ").trim();
      result.commitments.push({ personPath, path, line, kinds, text, due: task.due, status: task.status, done, direction });
      // Keeping a promise is also a contact, on the day it was kept.
      if (done) result.interactions.push({ personPath, path, line, kinds, date: done, text });
    }
  }
  const { interactions, commitments, problems } = result;
  if (interactions.length === 0 && commitments.length === 0 && problems.length === 0) return NOTHING;
  // Kept until the note changes: exactly as long as they are (a pushed array keeps room to grow), and
  // most notes have only one of the three, so the empty ones are the shared empty list.
  return { interactions: kept(interactions), commitments: kept(commitments), problems: kept(problems) };
}

function kept<T>(list: T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/** The people an entry is with: the people it links, and the person whose own note it is in. */
function peopleOf(index: VaultIndex, note: NoteFacts, entry: Entry, people: ReadonlyMap<string, Person>) {
  const personPaths = new Set<string>();
  const unresolved: Problem[] = [];
  if (note.person) personPaths.add(note.path);
  for (const link of linksOf(entry)) {
    const path = index.resolve(link, note.path);
    if (path === null) {
      const owners = index.aliasOwners(link);
      const message =
        owners.length > 1
          ? `[[${link}]] is an alias of ${owners.join(" and ")}; link the note itself`
          : `[[${link}]] links no note; create the person's note or fix the link`;
      unresolved.push({ path: note.path, line: entry.line, message });
    } else if (people.has(path)) {
      personPaths.add(path);
    }
  }
  return { personPaths, unresolved };
}
