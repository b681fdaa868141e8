import { describe, expect, it } from "vitest";
import { commitmentLine, interactionLine, personLink } from "../../../src/core/edit/note-edit";

describe("lines Rapport writes", () => {
  it("links a person by name, or by name and the alias picked", () => {
    expect(personLink("Alice Chen")).toBe("[[Alice Chen]]");
    expect(personLink("Alice Chen", "Ali")).toBe("[[Alice Chen|Ali]]");
    expect(interactionLine("Alice Chen")).toBe("- [[Alice Chen]] ");
  });

  it("writes commitments as Tasks-plugin tasks", () => {
    expect(commitmentLine("Alice Chen", "  send the   article ", "2026-11-30")).toBe("- [ ] [[Alice Chen]] send the article 📅 2026-11-30");
    expect(commitmentLine("Alice Chen", "call back", null)).toBe("- [ ] [[Alice Chen]] call back");
  });
});

