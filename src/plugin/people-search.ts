/**
 * People as the pickers and @-suggestions offer them: each name and each alias, the best matches first
 * (the whole name, its start, the start of a word, then letters in order), freshest contact first among
 * equals.
 */
import { compareText } from "../core/text/compare";
import { personMatcher } from "../core/text/person-match";
import type { DueReport } from "../core/report/due-report";

export interface PersonChoice {
  name: string;
  path: string;
  /** The alias this choice matched by, or null for the name itself. */
  alias: string | null;
  lastContact: string | null;
}

export function personChoices(report: DueReport | null): PersonChoice[] {
  const choices: PersonChoice[] = [];
  for (const p of report?.people ?? []) {
    choices.push({ name: p.name, path: p.path, alias: null, lastContact: p.lastContact });
    for (const alias of p.aliases) choices.push({ name: p.name, path: p.path, alias, lastContact: p.lastContact });
  }
  return choices;
}

export function choiceLabel(choice: PersonChoice): string {
  return choice.alias === null ? choice.name : `${choice.alias} (${choice.name})`;
}

/**
 * The choices that match `query`, one row per person and alias: by rank, then most recent contact (never
 * contacted last), then name, a person's name before their aliases.
 */
export function searchPeople(choices: PersonChoice[], query: string): PersonChoice[] {
  const rank = personMatcher(query);
  const found: Array<{ choice: PersonChoice; rank: number }> = [];
  for (const choice of choices) {
    const r = rank(choice.alias ?? choice.name);
    if (r !== null) found.push({ choice, rank: r });
  }
  return found
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        compareText(b.choice.lastContact ?? "", a.choice.lastContact ?? "") ||
        compareText(a.choice.name, b.choice.name) ||
        Number(a.choice.alias !== null) - Number(b.choice.alias !== null),
    )
    .map((f) => f.choice);
}
