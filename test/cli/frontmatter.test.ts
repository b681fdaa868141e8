import { describe, expect, it } from "vitest";
import { noteFromGrayMatter } from "../../src/cli/frontmatter";

describe("frontmatter is data, never code", () => {
  it("keeps YAML dates as the strings that were written", () => {
    const note = noteFromGrayMatter("A.md", "---\nbirthday: 1975-03-12\nlast_contact: 2026-11-05\ncount: 3\nflag: true\n---\n# A");
    expect(note.frontmatter).toEqual({ birthday: "1975-03-12", last_contact: "2026-11-05", count: 3, flag: true });
    expect(note.body).toBe("# A");
    expect(note.bodyLine).toBe(6);
  });

  it("does not evaluate a ---js block (CVE-2022-25863): it is no frontmatter at all, as in Obsidian", () => {
    const text = "---js\n{ type: (function () { globalThis.pwned = true; return 'person'; })() }\n---\n- [[Alice]]";
    const note = noteFromGrayMatter("Evil.md", text);
    expect(note.frontmatter).toBeNull();
    expect(note.body).toBe(text);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it("an unclosed --- is not frontmatter: the whole note is body", () => {
    expect(noteFromGrayMatter("A.md", "---\n- [[Alice]]\n")).toEqual({ path: "A.md", frontmatter: null, body: "---\n- [[Alice]]\n", bodyLine: 0 });
  });

  it("YAML that does not parse is a problem with the file and line, and the body is kept", () => {
    expect(noteFromGrayMatter("People/Broken.md", "---\ntype: person\naliases: [Bo\n---\n- note")).toEqual({
      path: "People/Broken.md",
      frontmatter: null,
      frontmatterProblem: { path: "People/Broken.md", line: 4, message: "frontmatter is not valid YAML: unexpected end of the stream within a flow collection" },
      body: "- note",
      bodyLine: 4,
    });
  });

  it("reads empty frontmatter, Windows line ends and a file that is only frontmatter", () => {
    expect(noteFromGrayMatter("A.md", "---\n---\nbody").frontmatter).toEqual({});
    expect(noteFromGrayMatter("A.md", "---\r\ntype: person\r\n---\r\nbody")).toMatchObject({ frontmatter: { type: "person" }, body: "body", bodyLine: 3 });
    expect(noteFromGrayMatter("A.md", "---\ntype: person\n---")).toMatchObject({ frontmatter: { type: "person" }, body: "", bodyLine: 3 });
  });

  it("a YAML list or scalar at the top is not a frontmatter object", () => {
    expect(noteFromGrayMatter("A.md", "---\n- a\n- b\n---\n").frontmatter).toBeNull();
  });
});

describe("text as Obsidian reads it", () => {
  it("a byte-order mark before the first line is not text", () => {
    expect(noteFromGrayMatter("A.md", "\uFEFF---\ntype: person\n---\n- [[B]]")).toMatchObject({ frontmatter: { type: "person" }, body: "- [[B]]", bodyLine: 3 });
    expect(noteFromGrayMatter("A.md", "\uFEFF- [[B]]")).toMatchObject({ frontmatter: null, body: "- [[B]]", bodyLine: 0 });
  });

  it("lone carriage returns end lines, as in the editor", () => {
    expect(noteFromGrayMatter("A.md", "---\rtype: person\rcadence: weekly\r---\r- [[B]]")).toMatchObject({
      frontmatter: { type: "person", cadence: "weekly" },
      body: "- [[B]]",
      bodyLine: 4,
    });
  });

  it("reports a YAML error on the line it is on", () => {
    const note = noteFromGrayMatter("A.md", "---\ntype: person\ncadence: weekly\ntype: other\n---\n");
    expect(note.frontmatterProblem).toEqual({ path: "A.md", line: 4, message: "frontmatter is not valid YAML: duplicated mapping key" });
  });

  it("reads YAML escapes as YAML does", () => {
    expect(noteFromGrayMatter("A.md", '---\ntype: "p\\x65rson"\n---\n').frontmatter).toEqual({ type: "person" });
  });
});
