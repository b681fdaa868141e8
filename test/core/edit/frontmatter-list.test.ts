import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { addToFrontmatterList } from "../../../src/core/edit/frontmatter-list";

const add = (note: string, key: string, value: string) => addToFrontmatterList(note, key, value, (yaml) => load(yaml, { schema: CORE_SCHEMA }));

describe("addToFrontmatterList", () => {
  it.each([
    ["a block list", "---\ngroups:\n  - work\n  - home\ncadence: weekly\n---\n", "---\ngroups:\n  - work\n  - home\n  - \"friends\"\ncadence: weekly\n---\n"],
    ["a block list at the key's margin", "---\ngroups:\n- work\n---\n", "---\ngroups:\n- work\n- \"friends\"\n---\n"],
    ["a flow list", "---\ngroups: [work, home]   # why\n---\n", "---\ngroups: [work, home, \"friends\"]   # why\n---\n"],
    ["an empty flow list", "---\ngroups: []\n---\n", "---\ngroups: [\"friends\"]\n---\n"],
    ["no such property", "---\ntype: person\n---\n# Ann\n", "---\ntype: person\ngroups:\n  - \"friends\"\n---\n# Ann\n"],
    ["no frontmatter", "# Ann\n", "---\ngroups:\n  - \"friends\"\n---\n# Ann\n"],
    ["the value there already", "---\ngroups: [friends]\n---\n", "---\ngroups: [friends]\n---\n"],
    ["a CRLF note", "---\r\ngroups:\r\n  - work\r\n---\r\n", "---\r\ngroups:\r\n  - work\r\n  - \"friends\"\r\n---\r\n"],
  ])("adds to %s", (_what, note, text) => {
    expect(add(note, "groups", "friends")).toEqual({ text });
  });

  it("adds a link as a quoted item, as vaults of categories write them", () => {
    expect(add("---\ncategories:\n  - \"[[Places]]\"\n---\n", "categories", "[[People]]")).toEqual({ text: "---\ncategories:\n  - \"[[Places]]\"\n  - \"[[People]]\"\n---\n" });
  });

  it("does not turn a single value into a list, and says so", () => {
    expect(add("---\ntype: book\n---\n", "type", "person")).toEqual({ refused: 'type holds one value (book), not a list' });
  });
});
