/**
 * The lines Rapport writes, as pure text functions: the plugin applies them inside `Vault.process`, so a
 * write always starts from the note's current text and only ever appends a line or changes one task line.
 */
import type { IsoDate } from "../calendar/dates";

/** A wikilink to a person, by name, or showing the alias that was picked. */
export function personLink(name: string, alias?: string): string {
  return alias && alias !== name ? `[[${name}|${alias}]]` : `[[${name}]]`;
}

/** `text` with `line` added as its last line; `lineIndex` is where it landed (0-based). */
export function appendLine(text: string, line: string): { text: string; lineIndex: number } {
  const base = text === "" || text.endsWith("\n") ? text : `${text}\n`;
  return { text: `${base}${line}\n`, lineIndex: base.split("\n").length - 1 };
}

export function interactionLine(name: string): string {
  return `- ${personLink(name)} `;
}

/** A commitment as the Tasks plugin writes one: `- [ ] [[Alice]] send the article 📅 2026-11-30`. */
export function commitmentLine(name: string, what: string, due: IsoDate | null): string {
  const words = what.trim().replace(/\s+/g, " ");
  return `- [ ] ${personLink(name)}${words ? ` ${words}` : ""}${due ? ` 📅 ${due}` : ""}`;
}

const OPEN_TASK = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[^xX-]\](.*)$/;

/** An open task line marked done on `today` (`[x]` and `✅ today`); null when the line is no open task. */
export function markTaskDone(line: string, today: IsoDate): string | null {
  const m = OPEN_TASK.exec(line);
  if (!m) return null;
  const rest = (m[2] as string).replace(/\s+$/, "");
  return `${m[1] as string}[x]${rest} ✅ ${today}`;
}
