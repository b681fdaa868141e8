/** Interactions by their hashtags, as the loops read them: a tag compared in any case, words without it. */
import type { IsoDate } from "../calendar/dates";
import type { Interaction, Person } from "../index/contributions";
import { nameKey } from "../index/vault-index";
import { plainText } from "../text/plain-text";

/** Whether `kinds` holds `tag` (given in lower case) in any case; no string is made for a kind of another length. */
export function hasTag(kinds: readonly string[], tag: string): boolean {
  for (const kind of kinds) if (kind.length === tag.length && (kind === tag || kind.toLowerCase() === tag)) return true;
  return false;
}

/** Whether any of `interactions` up to `today` has `tag` (lower case): most people's have none. */
export function anyTagged(interactions: readonly Interaction[], tag: string, today: IsoDate): boolean {
  if (tag === "") return false;
  for (let i = 0; i < interactions.length; i++) {
    const it = interactions[i] as Interaction;
    if (it.date <= today && hasTag(it.kinds, tag)) return true;
  }
  return false;
}

/** Whether a link's target names `person` (by name or alias): made once per person who needs it. */
export function linksTo(person: Person): (target: string) => boolean {
  const names = new Set([person.name, ...person.aliases].map(nameKey));
  return (target) => names.has(nameKey(target.slice(target.lastIndexOf("/") + 1)));
}

/**
 * An item's words as a person reads them in a row that already names the person: without the tag that
 * put it in a loop, and without their own link (`own`, from `linksTo`) where the sentence reads without
 * it ("[[Dan]] asked if ..." reads "asked if ..."), as a promise's words leave out its person.
 */
export function wordsWithoutTag(words: string, tag: string, own: (target: string) => boolean): string {
  const wanted = `#${tag}`;
  return plainText(words, own)
    .split(" ")
    .filter((word) => word.length !== wanted.length || word.toLowerCase() !== wanted)
    .join(" ");
}
