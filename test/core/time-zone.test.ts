import { expect, it } from "vitest";

// Guards the time-zone projects in vitest.config.ts: if TZ were ignored, those runs would prove nothing.
const expectedOffset: Record<string, number> = { "America/Los_Angeles": 480, "Pacific/Kiritimati": -840 };
const tz = process.env.TZ ?? "";

it.runIf(tz in expectedOffset)(`runs in ${tz}`, () => {
  expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(expectedOffset[tz]);
});
