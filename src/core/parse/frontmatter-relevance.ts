/**
 * Whether a note's frontmatter can tell Rapport anything, judged from its raw text before any YAML is
 * parsed. Rapport reads frontmatter for three things: that a note is a person (a value of a person rule,
 * the person tag, or the person folder), when a note happened (a date field), and who a meeting was
 * with (a people property). A block that mentions none of those words cannot say any of it, so a host
 * that parses YAML itself (the CLI) can leave it unread: in a vault of ten years most frontmatter is
 * other plugins' data, and parsing it all costs more than reading the files.
 *
 * The test is on words, not on YAML: a block that mentions "person" anywhere is parsed, even in a
 * value that is not the type; a false "yes" only costs a parse, never a fact.
 */
import { escapeRegExp } from "../text/escape-regexp";
import { DATE_FIELDS } from "./note-date";
import { propertyName } from "./property-links";
import type { CoreSettings } from "../settings";

/**
 * The test for `settings`, made once per vault read: a block is worth parsing when the note is in the
 * person folder, when it mentions a word that can make it a person or date it, or when it holds a
 * backslash (a YAML escape such as `"p\\x65rson"` can spell any word).
 */
export function frontmatterRelevance(settings: CoreSettings): (path: string, yaml: string) => boolean {
  const ruleWords = settings.personRules.map((rule) => propertyName(rule.value));
  const wanted = [...ruleWords, settings.personTag, ...DATE_FIELDS, ...settings.peopleProperties].filter((word) => word !== "");
  const words = new RegExp(wanted.map(escapeRegExp).join("|"), "iu");
  const folder = settings.personFolder === "" ? null : `${settings.personFolder}/`;
  return (path, yaml) => (folder !== null && path.startsWith(folder)) || words.test(yaml) || yaml.includes("\\");
}
