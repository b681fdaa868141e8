import { describe, expect, it } from "vitest";
import { commitmentLine, interactionLine, personLink, personNote } from "../../../src/core/edit/note-edit";

describe("lines Rapport writes", () => {
  it("links a person by name, or by name and the alias picked", () => {
    expect(personLink("Alice Chen")).toBe("[[Alice Chen]]");
    expect(personLink("Alice Chen", "Ali")).toBe("[[Alice Chen|Ali]]");
  });

  it("writes an interaction with what it was about, on one line", () => {
    expect(interactionLine("Alice Chen")).toBe("- [[Alice Chen]]");
    expect(interactionLine("Alice Chen", "  lunch,\n talked about her move #call ")).toBe("- [[Alice Chen]] lunch, talked about her move #call");
  });

  it("writes commitments as Tasks-plugin tasks", () => {
    expect(commitmentLine("Alice Chen", "  send the   article ", "2026-11-30")).toBe("- [ ] [[Alice Chen]] send the article 📅 2026-11-30");
    expect(commitmentLine("Alice Chen", "call back", null)).toBe("- [ ] [[Alice Chen]] call back");
  });

  it("tags a promise owed to me before its date, as the Tasks plugin keeps the date last", () => {
    expect(commitmentLine("Hiro Tanaka", "the contract draft", "2026-11-25", "waiting")).toBe("- [ ] [[Hiro Tanaka]] the contract draft #waiting 📅 2026-11-25");
    expect(commitmentLine("Hiro Tanaka", "the contract draft", null, "waiting")).toBe("- [ ] [[Hiro Tanaka]] the contract draft #waiting");
  });

  it("writes a new person's note by the first person rule, with its cadence and groups", () => {
    expect(personNote("Nina Park", { property: "type", value: "person" }, [["cadence", "every 2 weeks"], ["groups", ["friends", "climbing club"]]])).toBe(
      '---\ntype: person\ncadence: every 2 weeks\ngroups:\n  - "friends"\n  - "climbing club"\n---\n# Nina Park\n',
    );
    expect(personNote("Nina Park", { property: "categories", value: "[[People]]" })).toBe('---\ncategories:\n  - "[[People]]"\n---\n# Nina Park\n');
  });
});
