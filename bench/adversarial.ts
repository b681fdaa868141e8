/**
 * The adversarial rows of the bench: single notes built to stall a parser (long runs of backticks,
 * brackets and comment markers, a promise to thousands of people, a 20 MB note, 200,000 list lines,
 * deep nesting, promises dated in words and ask:: fields by the megabyte) and people whose cadences
 * never fall. Each note is added to a model that already knows 2,000 people, and timed from `upsert` to
 * its links resolved: what an edit of that note costs.
 */
import { noteFromGrayMatter } from "../src/cli/frontmatter";
import { momentDateParser } from "../src/cli/read-vault";
import { Model } from "../src/core/index/model";
import { withDefaults } from "../src/core/settings";

export interface AdversarialRow {
  name: string;
  bytes: number;
  ms: number;
}

const PEOPLE = 2000;
const TODAY = "2026-11-23";

function modelWithPeople(): Model {
  const model = new Model(withDefaults(), momentDateParser);
  for (let i = 0; i < PEOPLE; i++) model.upsert(noteFromGrayMatter(`People/P${i}.md`, "---\ntype: person\ncadence: every 2 weeks\n---\n"));
  model.report(TODAY);
  return model;
}

function cases(): Array<{ name: string; text: string }> {
  const crowd = Array.from({ length: PEOPLE }, (_, i) => `[[P${i}]]`).join(" and ");
  const ordinaryItem = "- Coffee with [[P1]] about the garden #coffee\n";
  const wordDated = "- [ ] Send [[P1]] the deck by next Friday\n";
  const askItem = "- Coffee with [[P1]] #asked ask:: 2026-12-05 the garden\n";
  return [
    { name: "5,000 backticks before a link", text: `- Lunch ${"`".repeat(5000)} [[P1]]\n` },
    { name: "200,000 backticks before a link", text: `- Lunch ${"`".repeat(200_000)} [[P1]]\n` },
    { name: "backtick runs of every length, 1 MB", text: `- ${Array.from({ length: 150_000 }, (_, i) => "`".repeat(1 + (i % 5))).join(" ")} [[P1]]\n` },
    { name: "brackets and parens, 1 MB", text: `- ${"[".repeat(250_000)}${"](".repeat(125_000)}${"<".repeat(250_000)} [[P1]]\n` },
    { name: "comment markers, 1 MB", text: `- [[P1]] ${"<!-- %% ".repeat(125_000)}\n` },
    { name: "field-like words, 1 MB", text: `- [ ] Call [[P1]] ${"a-".repeat(250_000)}b:: c ${"(x::".repeat(125_000)}\n` },
    { name: "a promise to 2,000 people", text: `- [ ] Thank ${crowd} 📅 2026-11-30\n` },
    { name: "an item linking 2,000 people", text: `- Party with ${crowd}\n` },
    { name: "nesting 2,000 deep", text: Array.from({ length: 2000 }, (_, d) => `${"  ".repeat(d)}- [[P${d}]] level ${d}\n`).join("") },
    { name: "200,000 list lines", text: ordinaryItem.repeat(200_000) },
    { name: "a 1 MB note of ordinary items", text: ordinaryItem.repeat(Math.ceil(1_000_000 / ordinaryItem.length)) },
    { name: "a 20 MB note of ordinary items", text: ordinaryItem.repeat(Math.ceil(20_000_000 / ordinaryItem.length)) },
    { name: "promises dated in words, 1 MB", text: wordDated.repeat(Math.ceil(1_000_000 / wordDated.length)) },
    { name: "a due keyword before 1 MB of weekdays", text: `- [ ] Call [[P1]] by ${"Friday ".repeat(150_000)}\n` },
    { name: "ask:: fields, 1 MB", text: askItem.repeat(Math.ceil(1_000_000 / askItem.length)) },
  ];
}

/** Median of `reps` edits of each note, each into the same model (the note is replaced each time). */
export function adversarialRows(reps: number): AdversarialRow[] {
  const model = modelWithPeople();
  const rows: AdversarialRow[] = [];
  for (const { name, text } of cases()) {
    const source = noteFromGrayMatter("2026-11-20.md", text) // a daily note: every item is read;
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      model.remove(source.path);
      model.allPeople();
      const start = performance.now();
      model.upsert(source);
      model.allPeople(); // resolves the note's links
      samples.push(performance.now() - start);
    }
    rows.push({ name, bytes: text.length, ms: median(samples) });
  }
  rows.push(neverFallingCadences(reps));
  return rows;
}

/** Eight people whose cadences pass every check and still never fall: the due list must not stall. */
function neverFallingCadences(reps: number): AdversarialRow {
  const cadences = [
    "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;BYDAY=MO",
    "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30,31",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;BYSETPOS=2",
    "FREQ=YEARLY;BYWEEKNO=1;BYMONTH=6",
    "FREQ=YEARLY;BYYEARDAY=200;BYMONTH=1",
    "FREQ=MONTHLY;INTERVAL=24;BYMONTHDAY=31",
    "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29;BYSETPOS=1",
    "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6",
  ];
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    // A new model each time: nothing is remembered from the run before.
    const model = new Model(withDefaults(), momentDateParser);
    cadences.forEach((cadence, i) => model.upsert(noteFromGrayMatter(`People/N${i}.md`, `---\ntype: person\ncadence: ${cadence}\nlast_contact: 2026-11-05\n---\n`)));
    const start = performance.now();
    model.report(TODAY);
    samples.push(performance.now() - start);
  }
  return { name: "8 people whose cadences never fall (a due list)", bytes: cadences.join("").length, ms: median(samples) };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
