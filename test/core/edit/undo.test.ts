import { describe, expect, it } from "vitest";
import { changedLines, undoWrite, type Write } from "../../../src/core/edit/undo";

function write(before: string | null, after: string): Write {
  return { path: "N.md", before, after, ...changedLines(before ?? "", after) };
}

describe("undoWrite", () => {
  const append = write("# Day\n- one\n", "# Day\n- one\n- [[Frank Li]] \n");

  it("restores the note byte for byte when it is as Rapport left it", () => {
    expect(undoWrite(append.after, append)).toEqual({ text: "# Day\n- one\n" });
    const noBreak = write("# Day", "# Day\n- [[Frank Li]] \n");
    expect(undoWrite(noBreak.after, noBreak)).toEqual({ text: "# Day" });
  });

  it("takes back only its own line when the user wrote elsewhere since", () => {
    expect(undoWrite("# Monday\n- one\n- [[Frank Li]] \n- two\n", append)).toEqual({ text: "# Monday\n- one\n- two\n" });
  });

  it("leaves a line the user has typed on, and says why", () => {
    expect(undoWrite("# Day\n- one\n- [[Frank Li]] coffee\n", append)).toEqual({ refused: "the lines Rapport wrote have changed since" });
  });

  it("puts back the line a task edit replaced, wherever it moved", () => {
    const done = write("- [ ] Call [[Bob]]\n", "- [x] Call [[Bob]] ✅ 2026-11-23\n");
    expect(undoWrite("# New\n- [x] Call [[Bob]] ✅ 2026-11-23\n", done)).toEqual({ text: "# New\n- [ ] Call [[Bob]]\n" });
  });

  it("keeps the note's line breaks", () => {
    const crlf = write("a\r\n", "a\r\nb\r\n");
    expect(undoWrite("z\r\na\r\nb\r\n", crlf)).toEqual({ text: "z\r\na\r\n" });
  });

  it("removes a note it created only while the note is as created", () => {
    const created = write(null, "---\ntype: person\n---\n");
    expect(undoWrite(created.after, created)).toEqual({ deleteNote: true });
    expect(undoWrite(`${created.after}- met at the fair\n`, created)).toEqual({ refused: "the note has changed since Rapport created it" });
  });

  it("refuses when its lines are there twice: which one is Rapport's is not known", () => {
    expect(undoWrite("# Day\n- [[Frank Li]] \n- [[Frank Li]] \n", append)).toEqual({ refused: "the lines Rapport wrote have changed since" });
  });

  it("never takes a line of the user's that reads like Rapport's, once Rapport's own was typed on", () => {
    const log = write("# Standup\n- [[Ann]]\n- [[Bob]]\n\n# Later\n", "# Standup\n- [[Ann]]\n- [[Bob]]\n\n# Later\n- [[Ann]]\n");
    expect(undoWrite("# Standup\n- [[Ann]]\n- [[Bob]]\n\n# Later\n- [[Ann]] coffee, she starts Monday\n", log)).toEqual({ refused: "the lines Rapport wrote have changed since" });
    // Still where Rapport wrote it, under the line that was above it: that one goes, the standup line stays.
    expect(undoWrite("# Standup\n- [[Ann]]\n- [[Bob]]\n\n# Later\n- [[Ann]]\n- lunch\n", log)).toEqual({ text: "# Standup\n- [[Ann]]\n- [[Bob]]\n\n# Later\n- lunch\n" });
  });

  it("never takes a body line that reads like the property it set", () => {
    const set = write("---\ntype: person\n---\n# Ann\nHer team's rule:\ncadence: every 2 weeks\n", "---\ntype: person\ncadence: every 2 weeks\n---\n# Ann\nHer team's rule:\ncadence: every 2 weeks\n");
    expect(undoWrite("---\ntype: person\ncadence: monthly\n---\n# Ann\nHer team's rule:\ncadence: every 2 weeks\n", set)).toEqual({ refused: "the lines Rapport wrote have changed since" });
  });

  it("puts back a removed line where its two neighbours still meet, after edits elsewhere", () => {
    const unsnooze = write("---\ntype: person\nsnooze_until: 2026-12-01\ngroups: [a]\n---\n", "---\ntype: person\ngroups: [a]\n---\n");
    expect(undoWrite("---\ntype: person\ngroups: [a]\n---\nMet at the fair.\n", unsnooze)).toEqual({ text: "---\ntype: person\nsnooze_until: 2026-12-01\ngroups: [a]\n---\nMet at the fair.\n" });
    expect(undoWrite("---\ntype: person\ncadence: weekly\ngroups: [a]\n---\n", unsnooze)).toEqual({ refused: "the lines Rapport wrote have changed since" });
  });
});
