import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError, run, UsageError } from "../../src/cli/commands";

const EXAMPLE = "examples/vault";

/** A cache folder of this test file's own: the tests never write to the user's cache. */
const CACHE = mkdtempSync(join(tmpdir(), "rapport-cache-"));

function cli(...args: string[]): { code: number; out: string } {
  let out = "";
  const code = run(args, (text) => (out += text), () => undefined, CACHE);
  return { code, out };
}

describe("rapport due on the example vault", () => {
  it("prints the due list, aligned, as a user reads it", () => {
    expect(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23")).toEqual({
      code: 0,
      out: `Due to reconnect, 2026-11-23

Promises I owe, overdue or due soon
  Alice Chen    Send the article                 due 2026-11-10                13 days overdue  Journal/2026/11/2026-11-02 Monday.md:5
  Bob Martinez  Send the roadmap deck by Friday  due 2026-11-20 ("by Friday")  3 days overdue   Journal/2026/11/2026-11-18 Wednesday.md:4
  Eve Park      Call for her birthday            due 2026-11-28                in 5 days        Journal/2026/11/2026-11-20 Friday.md:5

Replies I owe
  Dan Okafor  asked if I can review his conference talk  asked 2026-11-20  1 day overdue  Journal/2026/11/2026-11-20 Friday.md:7

Thanks to give
  Priya Raman  introduced me to the hiring manager at Fabrikam  helped 3 days ago  Journal/2026/11/2026-11-20 Friday.md:8

Ask about
  Eve Park  how the new job in Seoul is going  from 2026-11-21  People/Eve Park.md:11

Check-ins overdue
  Carol Davis  every 3 months        last contact 105 days ago  due 2026-11-10  13 days overdue
  Ben Davis    every month (family)  last contact 39 days ago   due 2026-11-15  8 days overdue
  Alice Chen   every 2 weeks         last contact 18 days ago   due 2026-11-19  4 days overdue

Follow up with new acquaintances
  Lena Novak  met 3 days ago  due 2026-11-23  today

Due today or in the next 7 days
  Frank Müller  every 6 weeks         no contact yet            due 2026-11-23  today
  Mia Rossi     every week on Monday  last contact 7 days ago   due 2026-11-23  today
  Bob Martinez  every month           last contact 23 days ago  due 2026-11-30  in 7 days

Drifting
  Kai Moana  usually every 7 days  last contact 20 days ago

Birthdays in the next 14 days
  Eve Park  2026-11-28  in 5 days

Waiting on others
  Hiro Tanaka  to send the contract draft  due 2026-11-25  in 2 days  Journal/2026/11/2026-11-16 Monday.md:4

Promises with no date
  Carol Davis  Ask for the wedding photos  no due date    Journal/2026/11/2026-11-02 Monday.md:6

Snoozed
  Grace Lee  until 2026-12-01  due 2026-11-23

Follow-through: 1 kept on time, 1 kept after the date, 2 overdue, 2 open.
Replies: 0 answered in time, 1 answered after the day, 1 overdue, 0 open. Thanks: 0 given, 1 owed.
15 people, 3 without a cadence.
Groups (due of people): family 2 of 2, friends 1 of 3, mentors 1 of 3, work 4 of 6.
1 problem: run "rapport check" to list them.
`,
    });
  });

  it("keeps the JSON contract", () => {
    const report = JSON.parse(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23", "--json").out) as Record<string, unknown[]>;
    // New keys come after the first ones; none is ever renamed.
    expect(Object.keys(report)).toEqual(["today", "people", "commitments", "birthdays", "followThrough", "problems", "unresolved", "replies", "thanks", "asks", "groups"]);
    expect(report.today).toBe("2026-11-23");
    expect(report.people).toHaveLength(15);
    expect(report.people?.find((p) => (p as { name: string }).name === "Alice Chen")).toMatchObject({
      name: "Alice Chen",
      path: "People/Alice Chen.md",
      cadence: "every 2 weeks",
      lastContact: "2026-11-05",
      due: "2026-11-19",
      daysOverdue: 4,
      status: "overdue",
      reason: "cadence",
      cadenceGroup: null,
      rhythmDays: null,
      drifting: false,
    });
    expect(report.people?.find((p) => (p as { name: string }).name === "Hiro Tanaka")).toMatchObject({ cadence: null, lastContact: null, due: null, status: "untracked", reason: null });
    expect(report.commitments?.[0]).toEqual({
      person: "Alice Chen",
      personPath: "People/Alice Chen.md",
      path: "Journal/2026/11/2026-11-02 Monday.md",
      line: 5,
      text: "Send the article",
      due: "2026-11-10",
      direction: "owed-by-me",
      status: "open",
      daysOverdue: 13,
      done: null,
      lineText: "- [ ] Send [[Alice Chen]] the article 📅 2026-11-10",
      dueWords: null,
    });
    expect(report.birthdays).toEqual([{ person: "Eve Park", path: "People/Eve Park.md", date: "2026-11-28", inDays: 5, turns: null }]);
    expect(report.problems).toEqual([
      { path: "People/Jordan Blake.md", line: 3, message: 'cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")' },
    ]);
  });

  it("shows each loop of the example in its JSON section or field", () => {
    const report = JSON.parse(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23", "--json").out) as Record<string, Array<Record<string, unknown>>>;
    const person = (name: string) => report.people?.find((p) => p.name === name);
    // A promise in plain words, read against its note's date (Wednesday 18 November).
    expect(report.commitments?.find((c) => c.person === "Bob Martinez" && c.status === "open")).toMatchObject({ text: "Send the roadmap deck by Friday", due: "2026-11-20", dueWords: "by Friday", daysOverdue: 3 });
    expect(report.replies).toEqual([
      { person: "Dan Okafor", personPath: "People/Dan Okafor.md", path: "Journal/2026/11/2026-11-20 Friday.md", line: 7, text: "asked if I can review his conference talk", asked: "2026-11-20", due: "2026-11-22", status: "open", answered: null, daysOverdue: 1 },
      { person: "Mia Rossi", personPath: "People/Mia Rossi.md", path: "Journal/2026/11/2026-11-09 Monday.md", line: 8, text: "asked about the dates of the team offsite", asked: "2026-11-09", due: "2026-11-11", status: "answered", answered: "2026-11-16", daysOverdue: 0 },
    ]);
    expect(report.thanks).toEqual([
      { person: "Priya Raman", personPath: "People/Priya Raman.md", path: "Journal/2026/11/2026-11-20 Friday.md", line: 8, text: "introduced me to the hiring manager at Fabrikam", source: "helped", since: "2026-11-20", status: "open", thanked: null },
    ]);
    expect(report.asks).toEqual([
      { person: "Eve Park", personPath: "People/Eve Park.md", path: "People/Eve Park.md", line: 11, date: "2026-11-21", about: "how the new job in Seoul is going", status: "open", asked: null },
      { person: "Mia Rossi", personPath: "People/Mia Rossi.md", path: "Journal/2026/11/2026-11-16 Monday.md", line: 5, date: "2026-12-07", about: "how her talk went", status: "open", asked: null },
    ]);
    expect(person("Lena Novak")).toMatchObject({ cadence: null, lastContact: "2026-11-20", due: "2026-11-23", status: "due", reason: "new-acquaintance" });
    expect(person("Ben Davis")).toMatchObject({ cadence: "every month", cadenceGroup: "family", reason: "group", due: "2026-11-15", status: "overdue" });
    // Carol is family too, but her own cadence wins.
    expect(person("Carol Davis")).toMatchObject({ cadence: "quarterly", cadenceGroup: null, reason: "cadence" });
    expect(person("Kai Moana")).toMatchObject({ status: "untracked", rhythmDays: 7, drifting: true });
    expect(report.followThrough).toEqual({ keptOnTime: 1, keptLate: 1, overdue: 2, open: 2, replies: { inTime: 0, late: 1, overdue: 1, open: 0 }, thanks: { given: 0, owed: 1 } });
    expect(report.groups).toEqual([
      { group: "family", people: 2, due: 2 },
      { group: "friends", people: 3, due: 1 },
      { group: "mentors", people: 3, due: 1 },
      { group: "work", people: 6, due: 4 },
    ]);
  });

  it("--group shows one group's due list, in text and JSON", () => {
    const json = JSON.parse(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23", "--json", "--group", "Work").out) as Record<string, Array<Record<string, unknown>>>;
    expect(json.people?.map((p) => p.name)).toEqual(["Alice Chen", "Lena Novak", "Mia Rossi", "Bob Martinez", "Dan Okafor", "Hiro Tanaka"]);
    expect(json.replies?.map((r) => r.person)).toEqual(["Dan Okafor", "Mia Rossi"]);
    expect(json.thanks).toEqual([]);
    expect(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23", "--group", "family").out).toBe(`Due to reconnect, 2026-11-23, group family

Check-ins overdue
  Carol Davis  every 3 months        last contact 105 days ago  due 2026-11-10  13 days overdue
  Ben Davis    every month (family)  last contact 39 days ago   due 2026-11-15  8 days overdue

Promises with no date
  Carol Davis  Ask for the wedding photos  no due date    Journal/2026/11/2026-11-02 Monday.md:6

Follow-through: 0 kept on time, 0 kept after the date, 0 overdue, 1 open.
2 people, 0 without a cadence.
1 problem: run "rapport check" to list them.
`);
  });

  it("the month-end rule shows on the example: last contact 31 October, due 30 November", () => {
    const report = JSON.parse(cli("due", "--vault", EXAMPLE, "--today", "2026-11-23", "--json").out) as { people: Array<Record<string, unknown>> };
    expect(report.people.find((p) => p.name === "Bob Martinez")).toMatchObject({ lastContact: "2026-10-31", due: "2026-11-30", status: "due-soon" });
  });
});

describe("rapport person and rapport check", () => {
  it("prints a person's timeline newest first, found by alias in any case", () => {
    expect(cli("person", "ali", "--vault", EXAMPLE, "--today", "2026-11-23").out).toBe(`Alice Chen: 4 entries, newest first
  2026-11-10  open promise  Send the article                      Journal/2026/11/2026-11-02 Monday.md:5
  2026-11-05  18 days ago   Lunch with Ali and Dan Okafor #lunch  Journal/2026/11/2026-11-05 Thursday.md:3
  2026-11-02  21 days ago   Coffee with Ali #coffee               Journal/2026/11/2026-11-02 Monday.md:3
  2026-10-02  52 days ago   Met at the design meetup #event       People/Alice Chen.md:13
`);
  });

  it("lists problems and exits 1; exits 0 on a clean vault", () => {
    expect(cli("check", "--vault", EXAMPLE)).toEqual({
      code: 1,
      out: `1 problem in 25 notes:
  People/Jordan Blake.md:3  cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")
`,
    });
    // Projects/Kanban board.md has broken YAML too, but none that could make it a person or date it: not read, not reported.
    // A link to a note not written yet is not a problem: it is listed apart, and does not make the exit code.
    expect(cli("check", "--vault", "test/fixtures/periodic-vault")).toEqual({
      code: 1,
      out: `1 problem in 8 notes:
  Contacts/Broken.md:4  frontmatter is not valid YAML: unexpected end of the stream within a flow collection

1 name links no note yet (not problems; they may be people):
  Carla Diaz  Daily/2026/4 November 2026.md:2
`,
    });
  });

  it("refuses bad calls with a reason", () => {
    expect(() => cli("due", "--vault", EXAMPLE, "--today", "2026-02-30")).toThrow(new UsageError("--today 2026-02-30 is not a date (YYYY-MM-DD)"));
    expect(() => cli("due", "--vault", "no/such/folder")).toThrow(new CliError("no vault folder at no/such/folder"));
    expect(() => cli("person", "Nobody", "--vault", EXAMPLE)).toThrow(new CliError('no person called "Nobody" in examples/vault'));
    expect(() => cli("frobnicate", "--vault", EXAMPLE)).toThrow(new UsageError('unknown command "frobnicate"'));
    // JavaScript reads the years 0-99 as 1900-1999; Rapport reads 1000-9999 only.
    expect(() => cli("due", "--vault", EXAMPLE, "--today", "0000-01-01")).toThrow(new UsageError("--today 0000-01-01 is not a date (YYYY-MM-DD)"));
    expect(() => cli("due", "--vault", EXAMPLE, "--today", "0026-11-23")).toThrow(new UsageError("--today 0026-11-23 is not a date (YYYY-MM-DD)"));
  });
});

describe("the plugin's settings, read from the vault's config folder", () => {
  const names = (vault: string, ...args: string[]) =>
    (JSON.parse(cli("due", "--vault", vault, "--today", "2026-11-23", "--json", ...args).out) as { people: Array<{ name: string }> }).people.map((p) => p.name);

  it("reads data.json from .obsidian, or from the folder --config-dir names", () => {
    const vault = mkdtempSync(join(tmpdir(), "rapport-config-"));
    cpSync("test/fixtures/settings-vault", vault, { recursive: true });
    // The plugin's person type is "contact": Dee (type: person) is not one.
    expect(names(vault)).toEqual(["Bo", "Ada", "Cy"]);
    renameSync(join(vault, ".obsidian"), join(vault, ".obsidian-phone"));
    // Without the settings, the defaults: type person, no person folder, no default cadence.
    expect(names(vault)).toEqual(["Dee"]);
    expect(names(vault, "--config-dir", ".obsidian-phone")).toEqual(["Bo", "Ada", "Cy"]);
  });

  it("a data.json with values of the wrong type keeps the defaults for them", () => {
    const vault = mkdtempSync(join(tmpdir(), "rapport-config-"));
    cpSync("test/fixtures/settings-vault", vault, { recursive: true });
    writeFileSync(join(vault, ".obsidian/plugins/rapport/data.json"), JSON.stringify({ personType: 7, dueSoonDays: "many", fields: { cadence: ["x"] }, personFolder: "Folks" }));
    // Dee is due (weekly, never contacted); Ada is in the person folder, untracked (her "rhythm" is no longer the cadence).
    expect(names(vault)).toEqual(["Dee", "Ada"]);
  });
});

describe("a vault configured by Periodic Notes, read from disk", () => {
  it("finds daily notes where Periodic Notes puts them, and ignores the Daily Notes folder", () => {
    const report = JSON.parse(cli("due", "--vault", "test/fixtures/periodic-vault", "--today", "2026-11-23", "--json").out) as { people: Array<Record<string, unknown>>; commitments: Array<Record<string, unknown>> };
    expect(report.people.map((p) => [p.name, p.cadenceText, p.lastContact, p.due, p.status])).toEqual([
      ["Ana Souza", "every 2 weeks", "2026-11-04", "2026-11-18", "overdue"],
      // Last seen at the venue visit, a note dated by its `date` field.
      ["Ben Ito", "every 6 weeks", "2026-11-12", "2026-12-24", "ok"],
    ]);
    expect(report.commitments.map((c) => [c.text, c.status, c.due, c.done])).toEqual([
      ["Return Ana Souza's book", "open", "2026-11-10", null],
      // From the note whose frontmatter was left unread: its body still counts.
      ["Ask for the venue list", "open", "2026-11-30", null],
      ["Return Ana Souza's book", "done", null, "2026-11-04"],
    ]);
  });
});

describe("the built command", () => {
  it("runs as `node dist/cli.js` with exit codes a script can use", () => {
    execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: "ignore" });
    // `npx rapport` executes the bin file itself: it must be executable (a fresh clone showed it was not).
    expect(statSync("dist/cli.js").mode & 0o111).toBe(0o111);
    const env = { ...process.env, XDG_CACHE_HOME: CACHE };
    const ok = spawnSync("node", ["dist/cli.js", "due", "--vault", EXAMPLE, "--today", "2026-11-23", "--json"], { encoding: "utf8", env });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { today: string }).today).toBe("2026-11-23");
    const missing = spawnSync("node", ["dist/cli.js", "person", "Nobody", "--vault", EXAMPLE], { encoding: "utf8", env });
    expect([missing.status, missing.stderr]).toEqual([1, 'rapport: no person called "Nobody" in examples/vault\n']);
    const wrong = spawnSync("node", ["dist/cli.js", "due", "--bogus"], { encoding: "utf8", env });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Usage:");
  });
});
