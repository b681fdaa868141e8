/**
 * "Make this note a person": the note's frontmatter gains what the first person rule asks for, by an exact
 * line edit. A link value (`categories: [[People]]`) joins the property's list; a text value
 * (`type: person`) is set when the property is empty or absent, and joins it when it is a list. A property
 * that already holds another single value is left alone and the edit refused: the note is something else.
 */
import type { PersonRule } from "../settings";
import { propertyValue, setFrontmatterValue, type FrontmatterEdit, type YamlReader } from "./frontmatter-edit";
import { addToFrontmatterList } from "./frontmatter-list";

export function makePerson(note: string, rule: PersonRule, readYaml: YamlReader): FrontmatterEdit {
  if (rule.value.startsWith("[[")) return addToFrontmatterList(note, rule.property, rule.value, readYaml);
  const current = propertyValue(note, rule.property, readYaml);
  if ("refused" in current) return current;
  if (Array.isArray(current.value)) return addToFrontmatterList(note, rule.property, rule.value, readYaml);
  if (current.value === undefined || current.value === null || current.value === "") return setFrontmatterValue(note, rule.property, rule.value, readYaml);
  if (current.value === rule.value) return { text: note };
  return { refused: `its ${rule.property} is already ${JSON.stringify(current.value)}; change it by hand if this note is a person` };
}
