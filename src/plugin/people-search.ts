/** People as the pickers and @-suggestions offer them: each name and each alias, freshest contact first. */
import { compareText } from "../core/text/compare";
import { prepareFuzzySearch } from "obsidian";
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

/** Fuzzy matches for `query`, most recently contacted first, one row per person and alias. */
export function searchPeople(choices: PersonChoice[], query: string): PersonChoice[] {
  const match = prepareFuzzySearch(query.trim());
  const found = query.trim() === "" ? choices : choices.filter((c) => match(c.alias ?? c.name) !== null);
  return [...found].sort(
    (a, b) => compareText(b.lastContact ?? "", a.lastContact ?? "") || compareText(a.name, b.name) || Number(a.alias !== null) - Number(b.alias !== null),
  );
}
