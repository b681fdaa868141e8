/**
 * The edits a user makes, each timed from the core's update call to the due list ready (the plugin's
 * debounce and Obsidian's own parsing not counted): a line added to a daily note; a person's snooze,
 * cadence or alias changed; a person renamed; a person created. Each kind alternates between two
 * versions, made beforehand, so that every repetition really changes something; each reports its first
 * run (a path the JIT has not compiled yet), its median and its worst.
 */
import { noteFromGrayMatter } from "../src/cli/frontmatter";
import type { Model } from "../src/core/index/model";
import type { SourceNote } from "../src/core/parse/note";

export interface EditTimes {
  firstMs: number;
  medianMs: number;
  worstMs: number;
}

export type EditKind = "dailyLine" | "personSnooze" | "personCadence" | "personAlias" | "personRename" | "personCreate";

/** `model` holds the notes `dailyPath` and `personPath` (with their texts); `today` is the due list's day. */
export function timeEdits(model: Model, notes: { dailyPath: string; daily: string; personPath: string; person: string }, today: string, reps: number): Record<EditKind, EditTimes> {
  const { dailyPath, daily, personPath, person } = notes;
  const name = personPath.slice(personPath.lastIndexOf("/") + 1, -".md".length);
  const renamed = personPath.replace(/\.md$/, " Renamed.md");
  const source = (path: string, text: string): SourceNote => noteFromGrayMatter(path, text);
  const original = source(personPath, person);
  const variants: Record<EditKind, [() => unknown, () => unknown]> = {
    dailyLine: upserts(model, source(dailyPath, `${daily}- Called [[${name}]] #call\n`), source(dailyPath, daily)),
    personSnooze: upserts(model, source(personPath, person.replace("---\n# ", "snooze_until: 2027-01-15\n---\n# ")), original),
    personCadence: upserts(model, source(personPath, person.replace(/^cadence:.*$/m, "cadence: every 5 weeks")), original),
    personAlias: upserts(model, source(personPath, person.replace(/^aliases: \[/m, "aliases: [Nick, ")), original),
    personRename: [() => model.rename(personPath, source(renamed, person)), () => model.rename(renamed, original)],
    personCreate: [() => model.upsert(source("People/Newly Met.md", person)), () => model.remove("People/Newly Met.md")],
  };
  const times = {} as Record<EditKind, EditTimes>;
  for (const [kind, [forth, back]] of Object.entries(variants) as Array<[EditKind, [() => unknown, () => unknown]]>) {
    const samples: number[] = [];
    for (let i = 0; i < reps * 2; i++) {
      const start = performance.now();
      (i % 2 === 0 ? forth : back)();
      model.report(today);
      samples.push(performance.now() - start);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    times[kind] = { firstMs: samples[0] as number, medianMs: sorted[Math.floor(sorted.length / 2)] as number, worstMs: sorted[sorted.length - 1] as number };
  }
  return times;
}

function upserts(model: Model, changed: SourceNote, original: SourceNote): [() => unknown, () => unknown] {
  return [() => model.upsert(changed), () => model.upsert(original)];
}
