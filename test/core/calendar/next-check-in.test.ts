import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCadence, type Cadence } from "../../../src/core/calendar/cadence";
import { addDays } from "../../../src/core/calendar/dates";
import { nextCheckIn } from "../../../src/core/calendar/next-check-in";

function cadence(text: string): Cadence {
  const result = parseCadence(text);
  if (!result.ok || result.cadence === null) throw new Error(result.ok ? "not tracked" : result.reason);
  return result.cadence;
}

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
    expect(nextCheckIn(cadence(text), last)).toEqual({ due: next });
  });

  it("a rule whose UNTIL is before the last contact, or before its next day, has ended", () => {
    expect(nextCheckIn(cadence("FREQ=WEEKLY;UNTIL=20200101T000000Z"), "2026-11-05")).toEqual({ ended: true });
    expect(nextCheckIn(cadence("FREQ=WEEKLY;UNTIL=20261110"), "2026-11-05")).toEqual({ ended: true });
    expect(nextCheckIn(cadence("FREQ=WEEKLY;UNTIL=20261112"), "2026-11-05")).toEqual({ due: "2026-11-12" });
  });

  it.each([
    // Every 12 months from a February, on days February never has: the search ends at its horizon.
    ["FREQ=MONTHLY;INTERVAL=12;BYMONTHDAY=30,31", "2026-02-10"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;BYSETPOS=2", "2026-01-01"],
    // A next day after the year 9999 is none.
    ["every year", "9999-06-01"],
  ])("%s after %s never falls", (text, last) => {
    expect(nextCheckIn(cadence(text), last)).toEqual({ never: true });
  });

  it("looks as far as a hundred years ahead, and no further", () => {
    expect(nextCheckIn(cadence("every 100 years"), "2026-01-01")).toEqual({ due: "2126-01-01" });
    // 2100 is no leap year.
    expect(nextCheckIn(cadence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYSETPOS=1"), "2096-03-01")).toEqual({ due: "2104-02-29" });
    expect(nextCheckIn(cadence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO"), "2016-03-01")).toEqual({ due: "2044-02-29" });
    expect(nextCheckIn(cadence("every year"), "9998-06-01")).toEqual({ due: "9999-06-01" });
  });

  const cadences = ["every day", "every week", "every 2 weeks", "every month", "quarterly", "every year", "every week on Friday", "every month on the 31st", "FREQ=MONTHLY;BYDAY=1MO", "45"].map(cadence);
  const dates = fc.integer({ min: 0, max: 365 * 200 }).map((days) => addDays("1950-01-01", days));

  it("the next check-in is always after the last contact, and within a year and a month of it (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cadences), dates, (rule, last) => {
        const next = nextCheckIn(rule, last);
        if (!("due" in next)) throw new Error(`no next check-in for ${rule.source} after ${last}`);
        expect(next.due > last).toBe(true);
        expect(next.due <= addDays(last, 366 + 31)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

it("any rule that reads gives a next check-in after the last contact, an end, or none, and never throws (property)", () => {
  const fragment = fc.constantFrom("FREQ=DAILY", "FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=YEARLY", ";INTERVAL=2", ";INTERVAL=12", ";BYDAY=MO", ";BYDAY=1FR,-1SU", ";BYMONTHDAY=31", ";BYMONTHDAY=29,30", ";BYMONTH=2", ";BYMONTH=4,9", ";BYSETPOS=-1", ";BYSETPOS=3", ";BYYEARDAY=366", ";BYWEEKNO=53", ";UNTIL=20300101");
  const dates = fc.integer({ min: 0, max: 365 * 400 }).map((days) => addDays("1800-01-01", days));
  fc.assert(
    fc.property(fc.array(fragment, { minLength: 1, maxLength: 4 }), dates, (parts, last) => {
      const parsed = parseCadence(parts.join("").replace(/^;/, "FREQ=YEARLY;"));
      if (!parsed.ok || parsed.cadence === null) return;
      const next = nextCheckIn(parsed.cadence, last);
      if ("due" in next) expect(next.due > last).toBe(true);
    }),
    { numRuns: 300 },
  );
});
