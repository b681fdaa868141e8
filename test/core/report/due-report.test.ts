import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noteFromGrayMatter } from "../../../src/cli/frontmatter";
import { addDays } from "../../../src/core/calendar/dates";
import type { DueReport } from "../../../src/core/report/due-report";
import { buildModel, person } from "../../helpers/model-builder";

const row = (report: DueReport, name: string) => report.people.find((p) => p.name === name);

describe("check-ins", () => {
  it.each([
    // last contact, today, due, status, days overdue
    ["2026-11-05", "2026-11-23", "2026-11-19", "overdue", 4],
    ["2026-11-09", "2026-11-23", "2026-11-23", "due", 0],
    ["2026-11-10", "2026-11-23", "2026-11-24", "due-soon", 0],
    ["2026-11-16", "2026-11-23", "2026-11-30", "due-soon", 0],
    ["2026-11-17", "2026-11-23", "2026-12-01", "ok", 0],
  ])("every 2 weeks, last contact %s, on %s: due %s, %s", (last, today, due, status, daysOverdue) => {
    // Known since 2025: a single recent contact would otherwise make her a new acquaintance (new-acquaintance tests).
    const model = buildModel({ "Alice.md": person("cadence: every 2 weeks"), "2025-01-10.md": "- [[Alice]]", [`${last}.md`]: "- [[Alice]]" });
    expect(row(model.report(today), "Alice")).toMatchObject({ lastContact: last, due, status, daysOverdue, reason: "cadence" });
  });

  it("never contacted, with a cadence: due today", () => {
    const model = buildModel({ "Alice.md": person("cadence: monthly") });
    expect(row(model.report("2026-11-23"), "Alice")).toMatchObject({ lastContact: null, due: "2026-11-23", status: "due", daysOverdue: 0 });
  });

  it("no cadence and no default: untracked; a default cadence tracks them", () => {
    const files = { "Alice.md": person(), "2026-11-01.md": "- [[Alice]]" };
    expect(row(buildModel(files).report("2026-11-23"), "Alice")).toMatchObject({ cadence: null, due: null, status: "untracked" });
    expect(row(buildModel(files, { defaultCadence: "every 2 weeks" }).report("2026-11-23"), "Alice")).toMatchObject({
      cadence: "every 2 weeks",
      cadenceText: "every 2 weeks",
      due: "2026-11-15",
      status: "overdue",
    });
  });

  it("a default cadence that does not parse is a problem, not a crash", () => {
    const report = buildModel({ "Alice.md": person() }, { defaultCadence: "now and then" }).report("2026-11-23");
    expect(report.problems).toEqual([{ path: "(settings)", line: null, message: 'default cadence "now and then" is not a rule Rapport understands (try "every 2 weeks")' }]);
    expect(row(report, "Alice")?.status).toBe("untracked");
  });

  it("the newest of last_contact and the logged interactions wins", () => {
    const later = buildModel({ "A.md": person("cadence: weekly", "last_contact: 2026-11-10"), "2026-11-05.md": "- [[A]]" });
    expect(row(later.report("2026-11-23"), "A")?.lastContact).toBe("2026-11-10");
    const earlier = buildModel({ "A.md": person("cadence: weekly", "last_contact: 2026-09-01"), "2026-11-05.md": "- [[A]]" });
    expect(row(earlier.report("2026-11-23"), "A")?.lastContact).toBe("2026-11-05");
  });

  it("a note dated after today is a plan: it counts once its day comes", () => {
    const model = buildModel({ "A.md": person("cadence: weekly"), "2026-11-01.md": "- [[A]]", "2026-11-27.md": "- Lunch with [[A]]" });
    expect(row(model.report("2026-11-23"), "A")?.lastContact).toBe("2026-11-01");
    expect(row(model.report("2026-11-27"), "A")?.lastContact).toBe("2026-11-27");
  });

  it("snoozed until a later day; due again from the snooze date", () => {
    const model = buildModel({ "A.md": person("cadence: weekly", "snooze_until: 2026-12-01"), "2026-11-01.md": "- [[A]]" });
    expect(row(model.report("2026-11-23"), "A")).toMatchObject({ status: "snoozed", due: "2026-11-08", snoozeUntil: "2026-12-01" });
    expect(row(model.report("2026-12-01"), "A")).toMatchObject({ status: "overdue", daysOverdue: 23 });
  });

  it("dated items in a person's own note are interactions with them", () => {
    const model = buildModel({ "People/A.md": `${person("cadence: monthly")}- 2026-10-02 Met at the meetup\n- [[2026-10-20]] Call #call` });
    expect(row(model.report("2026-11-23"), "A")).toMatchObject({ lastContact: "2026-10-20", due: "2026-11-20" });
  });

  it("lists people most overdue first, then due, due soon, ok, snoozed, untracked", () => {
    const model = buildModel({
      "Ok.md": person("cadence: yearly", "last_contact: 2026-11-01"),
      "Late.md": person("cadence: weekly", "last_contact: 2026-11-10"),
      "Later.md": person("cadence: weekly", "last_contact: 2026-11-01"),
      "Never.md": person("cadence: weekly"),
      "Soon.md": person("cadence: weekly", "last_contact: 2026-11-20"),
      "Resting.md": person("cadence: weekly", "snooze_until: 2027-01-01"),
      "Loose.md": person(),
    });
    expect(model.report("2026-11-23").people.map((p) => `${p.name}:${p.status}`)).toEqual([
      "Later:overdue",
      "Late:overdue",
      "Never:due",
      "Soon:due-soon",
      "Ok:ok",
      "Resting:snoozed",
      "Loose:untracked",
    ]);
  });
});

describe("commitments", () => {
  const files = {
    "Alice.md": person("cadence: every 2 weeks"),
    "Bob.md": person(),
    "2026-11-02.md": [
      "- [ ] Send [[Alice]] the article 📅 2026-11-10",
      "- [x] Call [[Bob]] 📅 2026-11-05 ✅ 2026-11-04",
      "- [x] Thank [[Alice]] for dinner 📅 2026-11-01",
      "- [ ] [[Bob]] to send the contract #waiting 📅 2026-11-25",
      "- [-] Visit [[Bob]] 📅 2026-11-03",
      "- [ ] Ask [[Alice]] about the trip",
    ].join("\n"),
  };

  it("reads each with its person, words, due date, direction, status and lateness", () => {
    const report = buildModel(files).report("2026-11-23");
    expect(report.commitments.map(({ person, text, due, direction, status, daysOverdue, done, line }) => ({ person, text, due, direction, status, daysOverdue, done, line }))).toEqual([
      { person: "Alice", text: "Send the article", due: "2026-11-10", direction: "owed-by-me", status: "open", daysOverdue: 13, done: null, line: 1 },
      { person: "Bob", text: "to send the contract", due: "2026-11-25", direction: "owed-to-me", status: "open", daysOverdue: 0, done: null, line: 4 },
      { person: "Alice", text: "Ask about the trip", due: null, direction: "owed-by-me", status: "open", daysOverdue: 0, done: null, line: 6 },
      { person: "Alice", text: "Thank for dinner", due: "2026-11-01", direction: "owed-by-me", status: "done", daysOverdue: 0, done: "2026-11-02", line: 3 },
      { person: "Bob", text: "Visit", due: "2026-11-03", direction: "owed-by-me", status: "cancelled", daysOverdue: 0, done: null, line: 5 },
      { person: "Bob", text: "Call", due: "2026-11-05", direction: "owed-by-me", status: "done", daysOverdue: 0, done: "2026-11-04", line: 2 },
    ]);
  });

  it("a done commitment is an interaction on its done date; open and cancelled ones are not", () => {
    const report = buildModel(files).report("2026-11-23");
    expect(row(report, "Bob")?.lastContact).toBe("2026-11-04");
    expect(row(report, "Alice")?.lastContact).toBe("2026-11-02");
  });

  it("counts follow-through per person and overall (promises I owe only)", () => {
    const report = buildModel(files).report("2026-11-23");
    expect(row(report, "Alice")?.followThrough).toMatchObject({ keptOnTime: 0, keptLate: 1, overdue: 1, open: 1 });
    expect(row(report, "Bob")?.followThrough).toMatchObject({ keptOnTime: 1, keptLate: 0, overdue: 0, open: 0 });
    expect(report.followThrough).toMatchObject({ keptOnTime: 1, keptLate: 1, overdue: 1, open: 1 });
  });

  it("a promise is overdue from the day after its due date, in its row and in the follow-through", () => {
    const model = buildModel(files);
    const onDueDay = model.report("2026-11-10");
    expect(onDueDay.commitments[0]).toMatchObject({ text: "Send the article", daysOverdue: 0 });
    expect(row(onDueDay, "Alice")?.followThrough).toMatchObject({ keptOnTime: 0, keptLate: 1, overdue: 0, open: 2 });
    const dayAfter = model.report("2026-11-11");
    expect(dayAfter.commitments[0]).toMatchObject({ text: "Send the article", daysOverdue: 1 });
    expect(row(dayAfter, "Alice")?.followThrough).toMatchObject({ keptOnTime: 0, keptLate: 1, overdue: 1, open: 1 });
  });

  it("after an edit, the note's promises take their places among the others", () => {
    const model = buildModel({
      "Alice.md": person(),
      "2026-11-01.md": "- [ ] Call [[Alice]] 📅 2026-11-05\n- [ ] Visit [[Alice]] 📅 2026-11-20\n- [x] Thank [[Alice]] ✅ 2026-11-01",
      "2026-11-02.md": "- [ ] Book [[Alice]] 📅 2026-11-30",
    });
    const texts = () => model.report("2026-11-23").commitments.map((c) => c.text);
    expect(texts()).toEqual(["Call", "Visit", "Book", "Thank"]);
    model.upsert(noteFromGrayMatter("2026-11-02.md", "- [ ] Book [[Alice]] 📅 2026-11-10\n- [x] Pay [[Alice]] 📅 2026-11-02 ✅ 2026-11-02"));
    expect(texts()).toEqual(["Call", "Book", "Visit", "Pay", "Thank"]);
    model.upsert(noteFromGrayMatter("2026-11-02.md", "- [ ] Book [[Alice]] 📅 2026-11-03"));
    expect(texts()).toEqual(["Book", "Call", "Visit", "Thank"]);
  });

  it("a configured waiting tag replaces #waiting", () => {
    const report = buildModel(files, { waitingTag: "theyowe" }).report("2026-11-23");
    expect(report.commitments.find((c) => c.line === 4)).toMatchObject({ direction: "owed-by-me", text: "to send the contract #waiting" });
  });
});

describe("birthdays", () => {
  it.each([
    ["1990-11-28", "2026-11-23", { date: "2026-11-28", inDays: 5, turns: 36 }],
    ["--11-23", "2026-11-23", { date: "2026-11-23", inDays: 0, turns: null }],
    ["--12-07", "2026-11-23", { date: "2026-12-07", inDays: 14, turns: null }],
    ["--01-02", "2026-12-25", { date: "2027-01-02", inDays: 8, turns: null }],
    ["2000-02-29", "2027-02-20", { date: "2027-02-28", inDays: 8, turns: 27 }],
    ["2000-02-29", "2028-02-20", { date: "2028-02-29", inDays: 9, turns: 28 }],
  ])("born %s, on %s", (birthday, today, expected) => {
    const report = buildModel({ "Eve.md": person(`birthday: "${birthday}"`) }).report(today);
    expect(report.birthdays).toEqual([{ person: "Eve", path: "Eve.md", ...expected }]);
  });

  it("leaves out birthdays beyond the look-ahead", () => {
    const model = buildModel({ "Eve.md": person('birthday: "--12-08"') });
    expect(model.report("2026-11-23").birthdays).toEqual([]);
  });
});

describe("one index asked about many days", () => {
  // Plans after some days, a snooze, birthdays around the new year and 29 February, promises falling
  // due, someone never contacted, someone untracked: whatever a day's report keeps for the next one.
  const files = {
    "People/Ann.md": person("cadence: weekly", 'birthday: "--01-02"'),
    "People/Ben.md": person("cadence: monthly", "snooze_until: 2026-12-10", 'birthday: "2000-02-29"'),
    "People/Cat.md": person("cadence: every 2 weeks", "last_contact: 2026-12-20"),
    "People/Dan.md": person("cadence: yearly"),
    "People/Eve.md": person('birthday: "1990-12-31"'),
    "2026-11-02.md": "- Coffee with [[Ann]]\n- [ ] Send [[Ben]] the notes 📅 2026-11-20\n- [ ] [[Eve]] to call back #waiting 📅 2026-12-01",
    "2026-12-24.md": "- Dinner with [[Ann]] and [[Ben]]\n- [x] Thank [[Ann]] 📅 2026-12-20 ✅ 2026-12-26",
    "2027-01-15.md": "- Planned call with [[Cat]]\n- [ ] Book [[Dan]] 📅 2027-01-20",
  };
  const days = fc.array(fc.integer({ min: 0, max: 150 }).map((n) => addDays("2026-11-01", n)), { minLength: 1, maxLength: 12 });

  it("a day's report is the same whatever days were asked before it (property)", () => {
    fc.assert(
      fc.property(days, (asked) => {
        const model = buildModel(files);
        for (const day of asked) expect(model.report(day)).toEqual(buildModel(files).report(day));
      }),
      { numRuns: 100 },
    );
  });
});

describe("every cadence is tracked, ended, not tracked, or a problem", () => {
  const today = "2026-11-23";
  const files = {
    "People/Ann.md": person("cadence: FREQ=WEEKLY;UNTIL=20261101"),
    "People/Ben.md": person("cadence: none"),
    "People/Cy.md": person("cadence: FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;BYDAY=MO"),
    "People/Di.md": person("cadence: whenever"),
    "People/Eb.md": person(),
    "People/Fa.md": person("cadence: weekly", "last_contact: 2027-01-05"),
    "2026-11-05.md": "- Lunch with [[Ann]], [[Ben]], [[Cy]], [[Di]] and [[Eb]]",
  };
  const report = buildModel(files, { defaultCadence: "every month" }).report(today);
  const rows = Object.fromEntries(report.people.map((p) => [p.name, { status: p.status, cadence: p.cadence, cadenceText: p.cadenceText, due: p.due, lastContact: p.lastContact }]));

  it("ended: its UNTIL has passed; not due, and no problem", () => {
    expect(rows.Ann).toEqual({ status: "ended", cadence: "FREQ=WEEKLY;UNTIL=20261101", cadenceText: "every week until November 1, 2026", due: null, lastContact: "2026-11-05" });
  });

  it("not tracked: `cadence: none` wins over the default", () => {
    expect(rows.Ben).toEqual({ status: "untracked", cadence: "none", cadenceText: "not tracked", due: null, lastContact: "2026-11-05" });
  });

  it("a rule that never falls after the last contact is a problem on the cadence's line", () => {
    expect(rows.Cy).toMatchObject({ status: "untracked", due: null });
    expect(report.problems).toContainEqual({ path: "People/Cy.md", line: 3, message: 'cadence "FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=31;BYDAY=MO" never falls after the last contact (2026-11-05)' });
  });

  it("a cadence that does not read is a problem, and the default does not stand in for it", () => {
    expect(rows.Di).toEqual({ status: "untracked", cadence: "whenever", cadenceText: null, due: null, lastContact: "2026-11-05" });
    expect(report.problems).toContainEqual({ path: "People/Di.md", line: 3, message: 'cadence "whenever" is not a rule Rapport understands (try "every 2 weeks")' });
  });

  it("no cadence written: the default applies", () => {
    expect(rows.Eb).toEqual({ status: "ok", cadence: "every month", cadenceText: "every month", due: "2026-12-05", lastContact: "2026-11-05" });
  });

  it("a last contact after today is a problem and ignored for the schedule, not 'never'", () => {
    expect(rows.Fa).toMatchObject({ status: "due", lastContact: null, due: today });
    expect(report.problems).toContainEqual({ path: "People/Fa.md", line: 4, message: "last_contact: 2027-01-05 is after today; it counts once its day comes" });
  });

  it("lists exactly these problems", () => {
    expect(report.problems.map((p) => p.path)).toEqual(["People/Cy.md", "People/Di.md", "People/Fa.md"]);
  });
});
