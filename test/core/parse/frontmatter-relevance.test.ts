import { describe, expect, it } from "vitest";
import { frontmatterRelevance } from "../../../src/core/parse/frontmatter-relevance";
import { withDefaults } from "../../../src/core/settings";

const frontmatterMayMatter = (path: string, yaml: string, settings: ReturnType<typeof withDefaults>) => frontmatterRelevance(settings)(path, yaml);

describe("frontmatterRelevance: which frontmatter a host must parse", () => {
  const settings = withDefaults();

  it.each([
    ["type: person", true],
    ["type: Person", true],
    ["tags: [work, person/friend]", true],
    ["tags:\n  - PERSON", true],
    ["date: 2026-11-12", true],
    ["journal-date: 2026-11-12", true],
    // Mentions the word in another field: parsed, which costs a parse and loses nothing.
    ["title: The person I met", true],
    // A YAML escape can spell any word.
    ['type: "p\\x65rson"', true],
    ["tags: [call]\nstatus: draft", false],
    ["kanban-plugin: basic\nlanes: [Todo, Doing", false],
    ["", false],
  ])("%j -> %s", (yaml, expected) => {
    expect(frontmatterMayMatter("Notes/A.md", yaml, settings)).toBe(expected);
  });

  it("follows the settings: another person type, tag or folder", () => {
    const custom = withDefaults({ personRules: [{ property: "type", value: "contact" }], personTag: "crm", personFolder: "People" });
    expect(frontmatterMayMatter("Notes/A.md", "type: contact", custom)).toBe(true);
    expect(frontmatterMayMatter("Notes/A.md", "tags: [crm]", custom)).toBe(true);
    expect(frontmatterMayMatter("Notes/A.md", "type: person", custom)).toBe(false);
    expect(frontmatterMayMatter("People/Alice.md", "cadence: weekly", custom)).toBe(true);
    expect(frontmatterMayMatter("People/Alice.md", "cadence: weekly", settings)).toBe(false);
  });

  it("reads a person type made of characters that mean something in a pattern as plain text", () => {
    const custom = withDefaults({ personRules: [{ property: "type", value: "c++" }], personTag: "a.b" });
    expect(frontmatterMayMatter("A.md", "type: c++", custom)).toBe(true);
    expect(frontmatterMayMatter("A.md", "type: cc", custom)).toBe(false);
    expect(frontmatterMayMatter("A.md", "tags: [axb]", custom)).toBe(false);
  });
});
