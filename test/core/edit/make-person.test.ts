import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { makePerson } from "../../../src/core/edit/make-person";

const readYaml = (yaml: string) => load(yaml, { schema: CORE_SCHEMA });
const byType = { property: "type", value: "person" };
const byCategory = { property: "categories", value: "[[People]]" };

describe("makePerson", () => {
  it.each([
    ["a note with no frontmatter", "# Ann\nMet at the fair.\n", "---\ntype: person\n---\n# Ann\nMet at the fair.\n"],
    ["a note with other properties", "---\naliases: [Annie]  # from school\n---\n# Ann\n", "---\naliases: [Annie]  # from school\ntype: person\n---\n# Ann\n"],
    ["an empty type", "---\ntype:\n---\n", "---\ntype: person\n---\n"],
    ["a type that is a list", "---\ntype:\n  - \"[[Authors]]\"\n---\n", "---\ntype:\n  - \"[[Authors]]\"\n  - \"person\"\n---\n"],
    ["a note that is a person already", "---\ntype: person\n---\n", "---\ntype: person\n---\n"],
  ])("sets type: person on %s, every other byte kept", (_what, note, text) => {
    expect(makePerson(note, byType, readYaml)).toEqual({ text });
  });

  it("adds [[People]] to the categories, as a vault of categories keeps them", () => {
    expect(makePerson("---\ncategories:\n  - \"[[Places]]\"\n---\n", byCategory, readYaml)).toEqual({ text: "---\ncategories:\n  - \"[[Places]]\"\n  - \"[[People]]\"\n---\n" });
    expect(makePerson("# Ann\n", byCategory, readYaml)).toEqual({ text: "---\ncategories:\n  - \"[[People]]\"\n---\n# Ann\n" });
  });

  it("leaves a note that is something else alone, and says why", () => {
    expect(makePerson("---\ntype: meeting\n---\n", byType, readYaml)).toEqual({ refused: 'its type is already "meeting"; change it by hand if this note is a person' });
  });

  it("never edits frontmatter that does not parse", () => {
    expect(makePerson("---\ntype: [unclosed\n---\n", byType, readYaml)).toEqual({ refused: "its frontmatter does not parse" });
  });
});
