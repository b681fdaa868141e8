import { describe, expect, it } from "vitest";
import { addDays, dateFromValue, dayNumber, daysBetween, isoToUtc, parseIsoDate, utcToIso } from "../../../src/core/calendar/dates";

describe("parseIsoDate", () => {
  it.each([
    ["2026-11-23", "2026-11-23"],
    ["2024-02-29", "2024-02-29"],
    ["2026-02-29", null],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["2026-11-31", null],
    ["2026-11-5", null],
    ["26-11-05", null],
    ["", null],
  ])("%s -> %s", (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });
});

describe("calendar arithmetic", () => {
  it("numbers every day of four centuries as Date.UTC does", () => {
    for (let day = -150_000; day < 150_000; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day) expect(`${iso} is day ${dayNumber(iso)}`).toBe(`${iso} is day ${day}`);
    }
    expect(dayNumber("1000-01-01")).toBe(Math.round(Date.UTC(1000, 0, 1) / 86_400_000));
    expect(dayNumber("9999-12-31")).toBe(Math.round(Date.UTC(9999, 11, 31) / 86_400_000));
  });

  it("adds days across the end of February in leap and common years", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
  });

  it("counts whole days across daylight-saving changes (US: 8 March and 1 November 2026)", () => {
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08");
    expect(addDays("2026-10-31", 1)).toBe("2026-11-01");
  });

  it("counts backwards and across years", () => {
    expect(daysBetween("2026-11-23", "2026-11-05")).toBe(-18);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
  });

  it("round-trips through UTC midnight", () => {
    expect(isoToUtc("2026-11-23").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(utcToIso(isoToUtc("0999-01-02"))).toBe("0999-01-02");
  });
});

describe("dateFromValue", () => {
  it.each([
    ["2026-11-05", { date: "2026-11-05" }],
    ["2026-11-05T14:30", { date: "2026-11-05" }],
    ["2026-11-05 14:30", { date: "2026-11-05" }],
    [" 2026-11-05 ", { date: "2026-11-05" }],
    ["2026-02-30", { problem: "2026-02-30 is not a calendar date" }],
    ["next Tuesday", { problem: '"next Tuesday" is not a date (expected YYYY-MM-DD)' }],
    [20261105, { problem: "20261105 is not a date (expected YYYY-MM-DD)" }],
  ])("%j -> %j", (value, expected) => {
    expect(dateFromValue(value)).toEqual(expected);
  });

  it("reads a YAML Date (UTC midnight) as the day that was written, whatever the time zone", () => {
    expect(dateFromValue(new Date(Date.UTC(1975, 2, 12)))).toEqual({ date: "1975-03-12" });
  });

  it("treats absent and empty values as no date", () => {
    expect(dateFromValue(undefined)).toBeNull();
    expect(dateFromValue(null)).toBeNull();
    expect(dateFromValue("")).toBeNull();
  });
});
