/**
 * The line each top-level key of a frontmatter block is on, so that a problem with a value can name
 * its line. Read from the YAML text (the parsed frontmatter no longer knows its lines): a key is a line
 * at the block's left margin, up to its first colon, quotes removed.
 */
const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#\-?:[{][^:]*)):(?:[ \t]|$)/;

/** `yaml` is the text between the dashes; line 1 of the file is the opening `---`. */
export function frontmatterLines(yaml: string): Record<string, number> {
  const lines: Record<string, number> = {};
  yaml.split("\n").forEach((line, i) => {
    const m = KEY.exec(line);
    const key = m?.[1] ?? m?.[2] ?? m?.[3]?.trimEnd();
    // "__proto__" would set the object's prototype; no setting can name it anyway.
    if (key !== undefined && key !== "__proto__" && !Object.prototype.hasOwnProperty.call(lines, key)) lines[key] = i + 2;
  });
  return lines;
}
