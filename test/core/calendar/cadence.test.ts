import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCadence, type Cadence } from "../../../src/core/calendar/cadence";

function cadence(text: string): Cadence {
  const result = parseCadence(text);
  if (!result.ok || result.cadence === null) throw new Error(result.ok ? "not tracked" : result.reason);
  return result.cadence;
}

describe("parseCadence: every accepted form, in rrule's words", () => {
  it.each([
    // rrule's own English
    ["every week", "every week"],
    ["every 2 weeks", "every 2 weeks"],
    ["every month", "every month"],
    ["every 3 months", "every 3 months"],
    ["every year", "every year"],
    ["every month on the 1st", "every month on the 1st"],
    ["every week on Monday", "every week on Monday"],
    ["Every 2 Weeks.", "every 2 weeks"],
    // the short words
    ["daily", "every day"],
    ["weekly", "every week"],
    ["biweekly", "every 2 weeks"],
    ["monthly", "every month"],
    ["quarterly", "every 3 months"],
    ["yearly", "every year"],
    // phrases rrule rejects or misreads, normalised first
    ["fortnightly", "every 2 weeks"],
    ["every other week", "every 2 weeks"],
    ["every six weeks", "every 6 weeks"],
    ["every two months", "every 2 months"],
    ["annually", "every year"],
    ["30", "every 30 days"],
    ["6w", "every 6 weeks"],
    ["3m", "every 3 months"],
    ["1y", "every year"],
    ["10 d", "every 10 days"],
    ["every 1 week", "every week"],
    // RFC 5545, with or without the prefix
    ["FREQ=MONTHLY;INTERVAL=2", "every 2 months"],
    ["RRULE:FREQ=WEEKLY;BYDAY=MO", "every week on Monday"],
    ["rrule:freq=yearly", "every year"],
  ])("%s -> %s", (text, words) => {
    expect(cadence(text).words).toBe(words);
    expect(cadence(text).source).toBe(text.trim());
  });

  it("accepts a bare number from YAML (cadence: 30)", () => {
    expect(parseCadence(30)).toMatchObject({ ok: true, cadence: { words: "every 30 days" } });
  });
});

describe("parseCadence: problems, never a crash and never a silent 'weekly'", () => {
  it.each([
    ["every blue moon", 'cadence "every blue moon" is not a rule Rapport understands (try "every 2 weeks")'],
    ["every 2 weeks blah", 'cadence "every 2 weeks blah" has words Rapport does not understand: blah'],
    ["sometimes", 'cadence "sometimes" is not a rule Rapport understands (try "every 2 weeks")'],
    ["every hour", 'cadence "every hour" is shorter than a day; Rapport counts whole days'],
    ["FREQ=HOURLY", 'cadence "FREQ=HOURLY" is shorter than a day; Rapport counts whole days'],
    ["FREQ=WEEKLY;COUNT=3", 'cadence "FREQ=WEEKLY;COUNT=3" has a COUNT, which means nothing when it restarts at each contact'],
    ["FREQ=FORTNIGHTLY", 'cadence "FREQ=FORTNIGHTLY" has no frequency'],
    ["0", 'cadence "0" is not a rule Rapport understands (try "every 2 weeks")'],
    ["FREQ=0", 'cadence "FREQ=0" has no frequency'],
    ["FREQ=DAILY;INTERVAL=0", 'cadence "FREQ=DAILY;INTERVAL=0" has an interval that is not a whole number of 1 or more'],
    // Rules that could never fall on a day, or whose search for one would not end: refused before rrule walks them.
    ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", 'cadence "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" never falls on a day: no month it names has that day of the month'],
    ["FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", 'cadence "FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31" never falls on a day: no month it names has that day of the month'],
    ["FREQ=DAILY;BYWEEKNO=60", 'cadence "FREQ=DAILY;BYWEEKNO=60" has BYWEEKNO=60, outside ±1 to ±53'],
    ["FREQ=DAILY;BYWEEKNO=20", 'cadence "FREQ=DAILY;BYWEEKNO=20" has a BYWEEKNO, which RFC 5545 allows only in a yearly rule'],
    ["FREQ=MONTHLY;BYMONTH=13", 'cadence "FREQ=MONTHLY;BYMONTH=13" has BYMONTH=13, outside 1 to 12'],
    ["FREQ=YEARLY;BYYEARDAY=-367", 'cadence "FREQ=YEARLY;BYYEARDAY=-367" has BYYEARDAY=-367, outside ±1 to ±366'],
    ["FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400", 'cadence "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=400" has BYSETPOS=400, outside ±1 to ±366'],
    ["FREQ=DAILY;BYSETPOS=2;BYDAY=MO", 'cadence "FREQ=DAILY;BYSETPOS=2;BYDAY=MO" has a BYSETPOS, which picks among a period\'s days: use it in a monthly or yearly rule'],
    ["FREQ=WEEKLY;BYMONTHDAY=3", 'cadence "FREQ=WEEKLY;BYMONTHDAY=3" has a BYMONTHDAY, which RFC 5545 does not allow in a weekly rule'],
    ["FREQ=DAILY;BYDAY=1MO", 'cadence "FREQ=DAILY;BYDAY=1MO" counts weekdays (like 1MO), which RFC 5545 allows only in a monthly or yearly rule'],
    ["FREQ=DAILY;INTERVAL=7;BYDAY=TU", 'cadence "FREQ=DAILY;INTERVAL=7;BYDAY=TU" repeats every few days or weeks but only in some months or on some days, so it may never fall on one: write it as a weekly, monthly or yearly rule'],
    ["FREQ=DAILY;BYHOUR=25", 'cadence "FREQ=DAILY;BYHOUR=25" has BYHOUR=25, outside 0 to 23'],
    ["FREQ=WEEKLY;WKST=XX", 'cadence "FREQ=WEEKLY;WKST=XX" has WKST=XX, which is not a day of the week (MO to SU)'],
    ["FREQ=WEEKLY;BYDAY=XX", 'cadence "FREQ=WEEKLY;BYDAY=XX" has a BYDAY that is not a day of the week'],
    ["FREQ=DAILY;INTERVAL=abc", 'cadence "FREQ=DAILY;INTERVAL=abc" has an interval that is not a whole number of 1 or more'],
    ["FREQ=YEARLY;BYEASTER=0", 'cadence "FREQ=YEARLY;BYEASTER=0" has a BYEASTER, which is not part of RFC 5545'],
    // Too long to wait for: longer than the next-check-in search looks ahead.
    ["every 100000 years", 'cadence "every 100000 years" is longer than 100 years'],
    ["FREQ=DAILY;INTERVAL=999999999", 'cadence "FREQ=DAILY;INTERVAL=999999999" is longer than 100 years'],
    ["999999999", 'cadence "999999999" is longer than 100 years'],
    ["99999999w", 'cadence "99999999w" is longer than 100 years'],
    ["every day at 25", 'cadence "every day at 25" has BYHOUR=25, outside 0 to 23'],
  ])("%s", (text, reason) => {
    expect(parseCadence(text)).toEqual({ ok: false, reason });
  });

  it.each([["__proto__"], ["constructor"], ["every constructor weeks"], ["toString"], ["hasOwnProperty"]])("names of Object's own members: %s", (text) => {
    expect(parseCadence(text)).toMatchObject({ ok: false });
  });

  it.each([[""], ["   "], [null], [undefined], [true], [["every week"]], [{ every: "week" }]])("non-text %j", (value) => {
    expect(parseCadence(value)).toMatchObject({ ok: false });
  });

  it("never throws, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme-composite" }), fc.constantFrom("FREQ=", "RRULE:", "every ", "on the ", "__proto__", "constructor")).chain((a) => fc.tuple(fc.constant(a), fc.string())), ([a, b]) => {
        const result = parseCadence(a + b);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on rule-like fragments in any order (property)", () => {
    const fragment = fc.constantFrom("RRULE:", "FREQ=", "DAILY", "WEEKLY", "MONTHLY", "YEARLY", ";", "INTERVAL=", "0", "2", "-1", "BYDAY=", "MO", "XX", "BYMONTHDAY=", "31", "BYSETPOS=", "UNTIL=", "COUNT=", "every ", "other ", "month", "week", " on the ", "1st", "last", "six", "w", "m", " ");
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        const result = parseCadence(parts.join(""));
        if (result.ok) expect(result.cadence?.words.length).toBeGreaterThan(0);
        else expect(result.reason).toContain("cadence");
      }),
      { numRuns: 2000 },
    );
  });
});


describe("cadence: none", () => {
  it.each([["none"], ["None"], [" NONE "]])("%j means not tracked", (text) => {
    expect(parseCadence(text)).toEqual({ ok: true, cadence: null });
  });

  it("a rule with a time of day is read for its days: the time is dropped", () => {
    expect(cadence("FREQ=DAILY;BYHOUR=9").options).toEqual({ freq: 3 });
  });

  it("text far longer than any rule is a problem, not fed to rrule", () => {
    expect(parseCadence(`every ${"2 ".repeat(500)}weeks`)).toMatchObject({ ok: false, reason: expect.stringContaining("is too long to be a rule") as unknown });
  });
});
