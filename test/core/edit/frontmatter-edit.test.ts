import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { setFrontmatterValue, yamlScalar } from "../../../src/core/edit/frontmatter-edit";

const readYaml = (yaml: string): unknown => load(yaml, { schema: CORE_SCHEMA });
const set = (note: string, key: string, value: string | null) => setFrontmatterValue(note, key, value, readYaml);

const README_EXAMPLE = [
  "---",
  "type: person",
  "aliases: [Ali, Alice C.]",
  "cadence: every 2 weeks        # how often to reconnect",
  "birthday: 1990-04-12          # or --04-12 when the year is unknown",
  "groups: [work, mentors]       # optional",
  "---",
  "# Alice Chen",
  "",
].join("\n");

describe("setFrontmatterValue: one key, one line, every other byte kept", () => {
  it("replaces a value on its line, keeping the comment after it", () => {
    expect(set(README_EXAMPLE, "cadence", "every month")).toEqual({ text: README_EXAMPLE.replace("cadence: every 2 weeks        #", "cadence: every month        #") });
  });

  it("adds a missing key before the closing dashes", () => {
    expect(set(README_EXAMPLE, "snooze_until", "2026-12-01")).toEqual({ text: README_EXAMPLE.replace("---\n# Alice", "snooze_until: 2026-12-01\n---\n# Alice") });
  });

  it("removes a key and its value's lines", () => {
    const note = "---\ntype: person\nsnooze_until: 2026-12-01 # back from leave\naliases:\n  - Ali\n---\n";
    expect(set(note, "snooze_until", null)).toEqual({ text: "---\ntype: person\naliases:\n  - Ali\n---\n" });
    expect(set(note, "aliases", null)).toEqual({ text: "---\ntype: person\nsnooze_until: 2026-12-01 # back from leave\n---\n" });
  });

  it("replaces a block list at the key's margin or indented, with its blank lines", () => {
    expect(set("---\naliases:\n- Ali\n\n- Al\ncadence: weekly\n---\n", "aliases", "Ali")).toEqual({ text: "---\naliases: Ali\ncadence: weekly\n---\n" });
    expect(set("---\ncadence: >\n  every\n  week\ntype: person\n---\n", "cadence", "monthly")).toEqual({ text: "---\ncadence: monthly\ntype: person\n---\n" });
  });

  it("keeps CRLF line ends, the byte-order mark and a quoted comment", () => {
    expect(set("\uFEFF---\r\ntype: person\r\ncadence: 'weekly' # often\r\n---\r\nbody", "cadence", "monthly")).toEqual({
      text: "\uFEFF---\r\ntype: person\r\ncadence: monthly # often\r\n---\r\nbody",
    });
  });

  it("starts a block in a note that has none", () => {
    expect(set("# Bob\n", "cadence", "every 2 weeks")).toEqual({ text: "---\ncadence: every 2 weeks\n---\n# Bob\n" });
    expect(set("\uFEFF# Bob\r\n", "cadence", "weekly")).toEqual({ text: "\uFEFF---\r\ncadence: weekly\r\n---\r\n# Bob\r\n" });
  });

  it("quotes a value only when YAML would read it otherwise", () => {
    expect(["every 2 weeks", "FREQ=WEEKLY;BYDAY=MO", "2026-12-01", "30", "a: b", "# x", "yes", "- item", " padded", "none"].map(yamlScalar)).toEqual([
      "every 2 weeks",
      "FREQ=WEEKLY;BYDAY=MO",
      "2026-12-01",
      "30",
      '"a: b"',
      '"# x"',
      '"yes"',
      '"- item"',
      '" padded"',
      "none",
    ]);
  });

  it("never writes to frontmatter that does not parse", () => {
    expect(set("---\ntype: person\naliases: [Bo\n---\n", "cadence", "weekly")).toEqual({ refused: "its frontmatter does not parse" });
  });

  it("changes no byte outside the key's own lines, and the new value reads back (property)", () => {
    const key = fc.constantFrom("cadence", "snooze_until", "groups");
    const line = fc.oneof(
      fc.constantFrom("type: person", "# a comment", "aliases: [A, 'B c']", "groups:", "  - work", "- home", "cadence: weekly # why", "snooze_until: 2026-01-01", "", "title: \"x: y\"", "note: |", "  text"),
      fc.string({ maxLength: 12 }).map((s) => `k${s.replace(/[:\r\n#]/g, "")}: v`),
    );
    const value = fc.oneof(fc.constantFrom("every month", "2026-12-01", "a: b", "yes", "FREQ=DAILY"), fc.string({ maxLength: 10 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), key, value, fc.constantFrom("\n", "\r\n"), (lines, k, v, eol) => {
        const note = ["---", ...lines, "---", "# Body", ""].join(eol);
        let data: unknown;
        try {
          data = readYaml(lines.join("\n"));
        } catch {
          expect(set(note, k, v)).toEqual({ refused: "its frontmatter does not parse" });
          return;
        }
        const result = set(note, k, v);
        if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
          expect(result).toEqual({ refused: "its frontmatter is not a list of properties" });
          return;
        }
        if ("refused" in result) {
          // Only a value YAML cannot hold as the same text (a control character, say) is refused.
          // eslint-disable-next-line no-control-regex -- control characters are the values YAML cannot hold as written
          expect(v !== null && /[\u0000-\u001f\u007f-\u009f\ufeff]/.test(v)).toBe(true);
          return;
        }
        const before = note.split(eol);
        const after = result.text.split(eol);
        // The same lines, but for one run that replaced the key's.
        let head = 0;
        while (head < before.length && before[head] === after[head]) head++;
        let tail = 0;
        while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
        const replaced = after.slice(head, after.length - tail);
        expect(replaced.length).toBeLessThanOrEqual(1);
        if (replaced.length === 1) expect(replaced[0]?.startsWith(`${k}: `)).toBe(true);
        expect(after.slice(-2)).toEqual(["# Body", ""]);
      }),
      { numRuns: 3000 },
    );
  });
});
