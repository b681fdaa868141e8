/**
 * A lower bound to read the cold index's ratio against: the least an index of people could do with the
 * CLI's own reading, frontmatter and link extraction. It reads every note as the CLI does (YAML only
 * where it may matter), names the person notes, and looks up the wikilinks of every `- ` line of the
 * people's and the daily notes by base name. It leaves out all the rest of the real parse and
 * resolution: nesting, tasks, dates of items, code and comments, aliases, problems, the interactions'
 * words. Rapport does not use it; the bench prints it beside the cold index.
 */
import { markdownPaths, momentDateParser, readSourceNote } from "../src/cli/read-vault";
import { extractLinks } from "../src/core/parse/markdown";
import { dailyNoteDate } from "../src/core/parse/note-date";
import { basenameOf } from "../src/core/parse/note-name";
import { isPersonNote } from "../src/core/parse/person";
import type { CoreSettings } from "../src/core/settings";

/** How many links of list lines name a person. */
export function lowerBound(root: string, settings: CoreSettings): number {
  const people = new Set<string>();
  const bodies: string[] = [];
  for (const path of markdownPaths(root)) {
    const note = readSourceNote(root, path, settings);
    const person = isPersonNote(path, note.frontmatter, settings);
    if (person) people.add(basenameOf(path).toLowerCase());
    if (person || dailyNoteDate(path, settings.dailyNotes, momentDateParser) !== null) bodies.push(note.body);
  }
  let count = 0;
  for (const body of bodies) {
    for (const line of body.split("\n")) {
      if (!line.startsWith("- ")) continue;
      for (const link of extractLinks(line)) if (people.has(link.toLowerCase())) count++;
    }
  }
  return count;
}
