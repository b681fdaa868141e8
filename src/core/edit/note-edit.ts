/** The lines Rapport writes, as text: see append.ts, task-line.ts and frontmatter-edit.ts for where they go. */
import type { IsoDate } from "../calendar/dates";
import type { PersonRule } from "../settings";
import { yamlScalar } from "./frontmatter-edit";

/** A wikilink to a person, by name, or showing the alias that was picked. */
export function personLink(name: string, alias?: string): string {
  return alias && alias !== name ? `[[${name}|${alias}]]` : `[[${name}]]`;
}

export function interactionLine(name: string): string {
  return `- ${personLink(name)} `;
}

/** A commitment as the Tasks plugin writes one: `- [ ] [[Alice]] send the article 📅 2026-11-30`. */
export function commitmentLine(name: string, what: string, due: IsoDate | null): string {
  const words = what.trim().replace(/\s+/g, " ");
  return `- [ ] ${personLink(name)}${words ? ` ${words}` : ""}${due ? ` 📅 ${due}` : ""}`;
}

/**
 * A new person's note, made a person by `rule` (the first of the user's rules): a link value is written
 * in a list, as vaults of categories keep it (`categories:` then `- "[[People]]"`), text plainly.
 */
export function personNote(name: string, rule: PersonRule, properties: ReadonlyArray<[string, string]> = []): string {
  const isLink = rule.value.startsWith("[[");
  const made = isLink ? [`${rule.property}:`, `  - ${JSON.stringify(rule.value)}`] : [`${rule.property}: ${yamlScalar(rule.value)}`];
  const more = properties.map(([key, value]) => `${key}: ${yamlScalar(value)}`);
  return ["---", ...made, ...more, "---", `# ${name}`, ""].join("\n");
}
