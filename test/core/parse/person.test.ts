import { describe, expect, it } from "vitest";
import { Cadences } from "../../../src/core/calendar/cadences";
import { isPersonNote, readPerson } from "../../../src/core/parse/person";
import { DEFAULT_SETTINGS, withDefaults } from "../../../src/core/settings";

describe("the person rule", () => {
  it.each([
    [{ type: "person" }, true],
    [{ type: "Person" }, true],
    [{ type: ["person", "author"] }, true],
    [{ type: "company" }, false],
    [{ tags: ["person"] }, true],
    [{ tags: "person" }, true],
    [{ tags: "#person, friend" }, true],
    [{ tags: "friend person" }, true],
    [{ tags: ["people/friends", "person/family"] }, true],
    [{ tags: ["personal"] }, false],
    // Vaults of categories: a list of links, or one link, or the name alone
    [{ categories: ["[[People]]"] }, true],
    [{ categories: "[[People]]" }, true],
    [{ categories: ["[[Places]]", "[[Categories/People|Folks]]"] }, true],
    [{ categories: ["People"] }, true],
    [{ categories: ["[[Peoples]]"] }, false],
    [{ type: ["[[Authors]]"] }, false],
    [{}, false],
  ])("%j -> %s", (frontmatter, expected) => {
    expect(isPersonNote("Notes/X.md", frontmatter, DEFAULT_SETTINGS)).toBe(expected);
  });

  it("counts every note in the person folder when one is set", () => {
    const settings = withDefaults({ personFolder: "People" });
    expect(isPersonNote("People/Alice.md", null, settings)).toBe(true);
    expect(isPersonNote("Peoples/Alice.md", null, settings)).toBe(false);
  });

  it("uses the configured rules: any property, any value, text or link", () => {
    const settings = withDefaults({ personRules: [{ property: "kind", value: "contact" }, { property: "up", value: "[[Contacts]]" }] });
    expect(isPersonNote("A.md", { kind: "Contact" }, settings)).toBe(true);
    expect(isPersonNote("A.md", { up: "[[Contacts]]" }, settings)).toBe(true);
    expect(isPersonNote("A.md", { type: "person" }, settings)).toBe(false);
    expect(isPersonNote("A.md", { categories: ["[[People]]"] }, settings)).toBe(false);
  });
});

describe("readPerson", () => {
  it("reads every field of the design's example", () => {
    const { person, problems } = readPerson(
      "Alice Chen.md",
      "Alice Chen",
      {
        type: "person",
        aliases: ["Ali", "Alice C."],
        cadence: "every 2 weeks",
        birthday: "1990-04-12",
        last_contact: "2026-09-01",
        snooze_until: "2026-12-01",
        groups: ["work", "mentors"],
      },
      DEFAULT_SETTINGS,
      new Cadences(),
    );
    expect(problems).toEqual([]);
    expect({ ...person, cadence: typeof person.cadence === "object" ? person.cadence?.words : person.cadence }).toEqual({
      name: "Alice Chen",
      path: "Alice Chen.md",
      cadenceWritten: "every 2 weeks",
      lines: {},
      aliases: ["Ali", "Alice C."],
      cadence: "every 2 weeks",
      birthday: { year: 1990, month: 4, day: 12 },
      lastContact: "2026-09-01",
      snoozeUntil: "2026-12-01",
      groups: ["work", "mentors"],
      replyWithin: null,
    });
  });

  it.each([
    ["--04-12", { year: null, month: 4, day: 12 }],
    ["--02-29", { year: null, month: 2, day: 29 }],
    ["2000-02-29", { year: 2000, month: 2, day: 29 }],
  ])("birthday %s", (birthday, expected) => {
    expect(readPerson("X.md", "X", { birthday }, DEFAULT_SETTINGS, new Cadences()).person.birthday).toEqual(expected);
  });

  it("years before 1000 are problems, not the 20th century", () => {
    const { person, problems } = readPerson("X.md", "X", { last_contact: "0026-11-20", birthday: "0990-01-01" }, DEFAULT_SETTINGS, new Cadences());
    expect(person.lastContact).toBeNull();
    expect(problems.map((p) => p.message)).toEqual(["birthday: 0990-01-01: the year is not between 1000 and 9999", "last_contact: 0026-11-20: the year is not between 1000 and 9999"]);
  });

  it("reads a single alias written as a string, and a YAML Date", () => {
    const { person } = readPerson("X.md", "X", { aliases: "Ali", last_contact: new Date(Date.UTC(2026, 8, 1)) }, DEFAULT_SETTINGS, new Cadences());
    expect(person.aliases).toEqual(["Ali"]);
    expect(person.lastContact).toBe("2026-09-01");
  });

  it("reports each bad field and keeps the rest", () => {
    const { person, problems } = readPerson(
      "X.md",
      "X",
      { cadence: "whenever", birthday: "--02-30", last_contact: "2026-02-30", snooze_until: "soon", aliases: ["Xa"] },
      DEFAULT_SETTINGS,
      new Cadences(),
      { cadence: 3, birthday: 4, last_contact: 5 },
    );
    expect(problems).toEqual([
      { line: 3, message: 'cadence "whenever" is not a rule Rapport understands (try "every 2 weeks")' },
      { line: 4, message: "birthday: --02-30 is not a calendar date" },
      { line: 5, message: "last_contact: 2026-02-30 is not a calendar date" },
      { line: null, message: 'snooze_until: "soon" is not a date (expected YYYY-MM-DD)' },
    ]);
    expect(person.aliases).toEqual(["Xa"]);
    // Written but unreadable: not tracked, and not "without a cadence" either (the default does not apply).
    expect(person.cadence).toBe("unreadable");
    expect(person.cadenceWritten).toBe("whenever");
  });

  it.each([
    [["Inner  Circle", "#Work"], ["inner circle", "work"]],
    ["work, mentors", ["work", "mentors"]],
    ["inner circle", ["inner circle"]],
    [7, ["7"]],
  ])("groups: %j are %j (a list's items whole, text split at commas)", (value, groups) => {
    expect(readPerson("X.md", "X", { groups: value }, DEFAULT_SETTINGS, new Cadences()).person.groups).toEqual(groups);
  });

  it.each([
    [1, 1, null],
    ["2", 2, null],
    [0, 0, null],
    [undefined, null, null],
    ["soon", null, 'reply_within: "soon" is not a number of days'],
    [-1, null, "reply_within: -1 is not a number of days"],
    [1.5, null, "reply_within: 1.5 is not a number of days"],
    [[1], null, "reply_within: a list is not a number of days"],
  ])("reply_within: %j is %j", (value, days, message) => {
    const { person, problems } = readPerson("X.md", "X", { reply_within: value }, DEFAULT_SETTINGS, new Cadences(), { reply_within: 6 });
    expect(person.replyWithin).toBe(days);
    expect(problems).toEqual(message === null ? [] : [{ line: 6, message }]);
  });
});
