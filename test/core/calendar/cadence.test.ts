import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextCheckIn, parseCadence, type Cadence } from "../../../src/core/calendar/cadence";
import { addDays } from "../../../src/core/calendar/dates";

function cadence(text: string): Cadence {
  const result = parseCadence(text);
  if (!result.ok) throw new Error(result.reason);
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
    ["FREQ=DAILY;INTERVAL=0", 'cadence "FREQ=DAILY;INTERVAL=0" has an interval below 1'],
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
        if (result.ok) expect(result.cadence.words.length).toBeGreaterThan(0);
        else expect(result.reason).toContain("cadence");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("nextCheckIn: first occurrence strictly after the last contact", () => {
  it.each([
    ["every 2 weeks", "2026-11-05", "2026-11-19"],
    ["every week", "2026-11-23", "2026-11-30"],
    ["daily", "2026-12-31", "2027-01-01"],
    ["30", "2026-11-05", "2026-12-05"],
    ["quarterly", "2026-08-10", "2026-11-10"],
    ["every month on the 1st", "2026-11-05", "2026-12-01"],
    ["every month on the 1st", "2026-11-01", "2026-12-01"],
    ["every week on Monday", "2026-11-16", "2026-11-23"],
    ["every week on Monday", "2026-11-18", "2026-11-23"],
    ["FREQ=MONTHLY;INTERVAL=2", "2026-10-01", "2026-12-01"],
    // month-end: the month's last day, not a skipped month
    ["every month", "2026-10-31", "2026-11-30"],
    ["every month", "2026-01-31", "2026-02-28"],
    ["every month", "2024-01-31", "2024-02-29"],
    ["every month", "2026-01-30", "2026-02-28"],
    ["every month", "2026-03-31", "2026-04-30"],
    ["every 3 months", "2026-11-30", "2027-02-28"],
    ["every month on the 31st", "2026-10-31", "2026-11-30"],
    // leap day
    ["every year", "2024-02-29", "2025-02-28"],
    ["every year", "2028-02-29", "2029-02-28"],
    ["every year", "2027-02-28", "2028-02-28"],
    ["every year", "2026-11-23", "2027-11-23"],
    // across daylight-saving changes (US 2026: 8 March, 1 November; EU: 29 March, 25 October)
    ["every week", "2026-03-05", "2026-03-12"],
    ["every week", "2026-10-28", "2026-11-04"],
    ["every day", "2026-03-28", "2026-03-29"],
    ["every day", "2026-10-24", "2026-10-25"],
  ])("%s after %s -> %s", (text, last, next) => {
    expect(nextCheckIn(cadence(text), last)).toBe(next);
  });

  it("a rule with an UNTIL in the past has no next check-in", () => {
    expect(nextCheckIn(cadence("FREQ=WEEKLY;UNTIL=20200101T000000Z"), "2026-11-05")).toBeNull();
  });

  const cadences = ["every day", "every week", "every 2 weeks", "every month", "quarterly", "every year", "every week on Friday", "every month on the 31st", "FREQ=MONTHLY;BYDAY=1MO", "45"].map(cadence);
  const dates = fc.integer({ min: 0, max: 365 * 200 }).map((days) => addDays("1950-01-01", days));

  it("the next check-in is always after the last contact, and within a year and a month of it (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cadences), dates, (rule, last) => {
        const next = nextCheckIn(rule, last);
        expect(next).not.toBeNull();
        expect((next as string) > last).toBe(true);
        expect((next as string) <= addDays(last, 366 + 31)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
