/**
 * Setting one frontmatter property by an exact line edit: its value is replaced on its own line(s), or
 * a line is added before the closing `---`, and every other byte stays (comments, quoting, flow lists,
 * line breaks). Obsidian's `processFrontMatter` would write the whole block anew and drop the comments.
 * A YAML library that re-serialises would too, so one is used only to check that the result reads back
 * as meant; a block that does not parse is never written to.
 */
import { utcToIso } from "../calendar/dates";
import { breakOf, joinLines, noteLines, type NoteLine } from "./note-lines";

/** Parses YAML as the host does (Obsidian's `parseYaml`, js-yaml in the CLI and the tests); throws when it cannot. */
export type YamlReader = (yaml: string) => unknown;

export type FrontmatterEdit = { text: string } | { refused: string };

const DASHES = /^---[ \t]*$/;

/**
 * `note` with property `key` set to `value` (written as plain YAML text, quoted when it must be), or
 * removed when `value` is null.
 */
export function setFrontmatterValue(note: string, key: string, value: string | null, readYaml: YamlReader): FrontmatterEdit {
  if (value === null) return replaceProperty(note, key, null, readYaml);
  // Plain when it can be; quoted when YAML would read the plain text as something else ("+0" as 0).
  for (const written of [yamlScalar(value), JSON.stringify(value)]) {
    const result = replaceProperty(note, key, [`${key}: ${written}`], readYaml);
    if ("refused" in result) return result;
    const readBack = checked(result.text, key, value, readYaml);
    if (readBack) return readBack;
  }
  return { refused: `the new ${key} would not read back as written` };
}

/**
 * The note with `key`'s line(s) replaced by `written` (a comment after the old value kept on the first
 * line), or added before the closing dashes, or removed when null; the YAML checked only for parsing
 * before, the result not yet.
 */
export function replaceProperty(note: string, key: string, written: readonly string[] | null, readYaml: YamlReader): FrontmatterEdit {
  const lines = noteLines(note);
  const eol = breakOf(note);
  const first = lines[0];
  const bom = first?.text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  const opens = first !== undefined && DASHES.test(first.text.slice(bom.length));
  const close = opens ? lines.findIndex((line, i) => i > 0 && DASHES.test(line.text)) : -1;
  if (close < 0) {
    if (written === null) return { text: note };
    // No frontmatter: a new block at the top (after a byte-order mark, which stays first).
    const block = [`${bom}---`, ...written, "---"].map((text) => ({ text, end: eol }));
    const rest = bom && first ? [{ ...first, text: first.text.slice(1) }, ...lines.slice(1)] : lines;
    return { text: joinLines([...block, ...rest]) };
  }
  const inside = lines.slice(1, close);
  let data: unknown;
  try {
    data = readYaml(inside.map((line) => line.text).join("\n"));
  } catch {
    return { refused: "its frontmatter does not parse" };
  }
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) return { refused: "its frontmatter is not a list of properties" };
  const at = inside.findIndex((line) => keyOf(line.text) === key);
  const edited = [...inside];
  if (at < 0) {
    if (written === null) return { text: note };
    edited.push(...written.map((text) => ({ text, end: eol })));
  } else {
    const keyLine = inside[at] as NoteLine;
    const comment = trailingComment(keyLine.text, key);
    const replacement = (written ?? []).map((text, i) => ({ text: i === 0 ? text + comment : text, end: keyLine.end || eol }));
    edited.splice(at, valueSpan(inside, at), ...replacement);
  }
  const text = joinLines([lines[0] as NoteLine, ...edited, ...lines.slice(close)]);
  if (written === null) return checked(text, key, null, readYaml) ?? { refused: `${key} would still be there` };
  return { text };
}

/** The top-level key a line starts, unquoted, or null. */
export function keyOf(line: string): string | null {
  const m = /^(?:"([^"]*)"|'([^']*)'|([^\s#\-?:[{][^:]*)):(?:[ \t]|$)/.exec(line);
  return m ? (m[1] ?? m[2] ?? (m[3] as string).trimEnd()) : null;
}

/**
 * How many lines the value of the key on `lines[at]` takes: its own line, then the indented lines and
 * `- ` items that follow it (a block list may sit at the key's own margin), and the blank and comment
 * lines between them.
 */
export function valueSpan(lines: readonly NoteLine[], at: number): number {
  let end = at + 1;
  for (let i = at + 1; i < lines.length; i++) {
    const text = (lines[i] as NoteLine).text;
    if (/^[ \t]+\S/.test(text) || /^-(?:[ \t]|$)/.test(text)) end = i + 1;
    else if (text.trim() !== "" && !text.startsWith("#")) break;
  }
  return end - at;
}

/** A comment after the value on the key's line (`cadence: weekly   # why`), with the blanks before it. */
function trailingComment(line: string, key: string): string {
  const rest = line.slice(line.indexOf(":", key.length) + 1);
  const value = rest.trimStart();
  let end = 0;
  if (value.startsWith('"') || value.startsWith("'")) {
    const close = value.indexOf(value.charAt(0), 1);
    end = close < 0 ? value.length : close + 1;
  }
  const comment = /[ \t]+#.*$/.exec(value.slice(end));
  return comment ? comment[0] : "";
}

/** `value` as YAML text: plain when nothing in it means something to YAML, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain =
    value !== "" &&
    value === value.trim() &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |:$| #|[\r\n\t]/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The edited note, when its frontmatter reads back with `key` as intended; else null. */
function checked(text: string, key: string, value: string | null, readYaml: YamlReader): { text: string } | null {
  const lines = noteLines(text);
  const close = lines.findIndex((line, i) => i > 0 && DASHES.test(line.text));
  let data: unknown;
  try {
    data = readYaml(lines.slice(1, close).map((line) => line.text).join("\n"));
  } catch {
    return null;
  }
  const read = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  // A YAML reader may give a date as a Date at UTC midnight: its day is what was written.
  const asText = read instanceof Date ? utcToIso(read) : typeof read === "string" || typeof read === "number" ? String(read) : null;
  const same = value === null ? read === undefined : asText === value;
  return same ? { text } : null;
}

/** The property's value in the note's frontmatter (undefined when absent), or why it cannot be read. */
export function propertyValue(note: string, key: string, readYaml: YamlReader): { value: unknown } | { refused: string } {
  const lines = noteLines(note);
  if (!/^---[ \t]*$/.test(lines[0]?.text.replace(/^\uFEFF/, "") ?? "")) return { value: undefined };
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line.text));
  if (close < 0) return { value: undefined };
  try {
    const data = readYaml(lines.slice(1, close).map((line) => line.text).join("\n"));
    return { value: data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined };
  } catch {
    return { refused: "its frontmatter does not parse" };
  }
}
