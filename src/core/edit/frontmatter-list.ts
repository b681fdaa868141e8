/**
 * Adding a value to a list property by an exact line edit (a group to `groups`, `[[People]]` to
 * `categories`): one item line after the list's last, or the value inside a flow list's brackets, or a
 * new property of one item; every other byte stays. A property that holds a single value is not turned
 * into a list (a base filtering on it would stop matching): that is refused, with the reason.
 */
import { keyOf, replaceProperty, valueSpan, yamlScalar, type FrontmatterEdit, type YamlReader } from "./frontmatter-edit";
import { joinLines, noteLines, type NoteLine } from "./note-lines";

const DASHES = /^---[ \t]*$/;

export function addToFrontmatterList(note: string, key: string, value: string, readYaml: YamlReader): FrontmatterEdit {
  const lines = noteLines(note);
  const first = lines[0];
  const opens = first !== undefined && DASHES.test(first.text.replace(/^\uFEFF/, ""));
  const close = opens ? lines.findIndex((line, i) => i > 0 && DASHES.test(line.text)) : -1;
  const at = close < 0 ? -1 : lines.slice(1, close).findIndex((line) => keyOf(line.text) === key) + 1;
  const item = JSON.stringify(value);
  if (close < 0 || at <= 0) {
    // No such property yet: a list of one, written as a block list.
    const added = replaceProperty(note, key, [`${key}:`, `  - ${item}`], readYaml);
    return "refused" in added ? added : checked(added.text, key, value, readYaml);
  }
  let data: unknown;
  try {
    data = readYaml(lines.slice(1, close).map((line) => line.text).join("\n"));
  } catch {
    return { refused: "its frontmatter does not parse" };
  }
  const current = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  if (Array.isArray(current) && current.some((v) => String(v) === value)) return { text: note };
  const keyLine = lines[at] as NoteLine;
  const rest = keyLine.text.slice(keyLine.text.indexOf(":") + 1).trim();
  if (rest.startsWith("[")) {
    const end = keyLine.text.lastIndexOf("]");
    if (end < 0) return { refused: `${key} is a list Rapport cannot add to` };
    const empty = /\[\s*$/.test(keyLine.text.slice(0, end));
    const text = `${keyLine.text.slice(0, end)}${empty ? "" : ", "}${item}${keyLine.text.slice(end)}`;
    return checked(joinLines([...lines.slice(0, at), { ...keyLine, text }, ...lines.slice(at + 1)]), key, value, readYaml);
  }
  if (rest !== "" && !rest.startsWith("#")) return { refused: `${key} holds one value (${yamlScalar(typeof current === "string" ? current : rest)}), not a list` };
  const span = valueSpan(lines.slice(1, close), at - 1);
  const items = lines.slice(at + 1, at + span).filter((line) => /^\s*-/.test(line.text));
  const indent = /^(\s*)-/.exec(items[items.length - 1]?.text ?? "")?.[1] ?? "  ";
  const after = at + span;
  const eol = keyLine.end || "\n";
  return checked(joinLines([...lines.slice(0, after), { text: `${indent}- ${item}`, end: eol }, ...lines.slice(after)]), key, value, readYaml);
}

/** The edited note, when its frontmatter reads back with `value` in the list `key`. */
function checked(text: string, key: string, value: string, readYaml: YamlReader): FrontmatterEdit {
  const lines = noteLines(text);
  const close = lines.findIndex((line, i) => i > 0 && DASHES.test(line.text));
  try {
    const data = readYaml(lines.slice(1, close).map((line) => line.text).join("\n"));
    const list = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.some((v) => String(v) === value)) return { text };
  } catch {
    // Falls through to the refusal.
  }
  return { refused: `the new ${key} would not read back as written` };
}
