/** The lines Rapport writes, as text: see append.ts, task-line.ts and frontmatter-edit.ts for where they go. */
import type { IsoDate } from "../calendar/dates";
import type { PersonRule } from "../settings";
import { yamlScalar } from "./frontmatter-edit";

/** A wikilink to a person, by name, or showing the alias that was picked. */
export function personLink(name: string, alias?: string): string {
  return alias && alias !== name ? `[[${name}|${alias}]]` : `[[${name}]]`;
}

/**
 * `- [[Alice]] lunch, talked about her move #call`: what was said, if anything, after the link. `target`
 * is the link's target when the name alone would lead to another note (`[[People/Alice|Alice]]`).
 */
export function interactionLine(name: string, what = "", target = name): string {
  const words = oneLine(what);
  return `- ${personLink(target, name)} ${words}`.trimEnd();
}

/**
 * A commitment as the Tasks plugin writes one: `- [ ] [[Alice]] send the article 📅 2026-11-30`. A
 * promise owed to me carries the waiting tag before the date: `- [ ] [[Hiro]] the draft #waiting 📅 …`.
 */
export function commitmentLine(name: string, what: string, due: IsoDate | null, tag?: string, target = name): string {
  const words = oneLine(what);
  return `- [ ] ${personLink(target, name)}${words ? ` ${words}` : ""}${tag ? ` #${tag}` : ""}${due ? ` 📅 ${due}` : ""}`;
}

/** Words typed in a one-line field, with runs of blanks (a pasted line break too) as one space. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/**
 * A new person's note, made a person by `rule` (the first of the user's rules): a link value is written
 * in a list, as vaults of categories keep it (`categories:` then `- "[[People]]"`), text plainly; then
 * the other properties, a list as a block list (`groups:` then `- "friends"`).
 */
export function personNote(name: string, rule: PersonRule, properties: ReadonlyArray<[string, string | readonly string[]]> = []): string {
  const made = rule.value.startsWith("[[") ? listProperty(rule.property, [rule.value]) : [`${rule.property}: ${yamlScalar(rule.value)}`];
  const more = properties.flatMap(([key, value]) => (typeof value === "string" ? [`${key}: ${yamlScalar(value)}`] : listProperty(key, value)));
  return ["---", ...made, ...more, "---", `# ${name}`, ""].join("\n");
}

/** A list property as a block list of quoted items, as Obsidian's property editor writes one. */
function listProperty(key: string, items: readonly string[]): string[] {
  return [`${key}:`, ...items.map((item) => `  - ${JSON.stringify(item)}`)];
}
