import { describe, expect, it } from "vitest";
import { contactHeatmap } from "../../../src/core/report/heatmap";

describe("contactHeatmap", () => {
  it("draws 53 weeks ending with today's, starting on the locale's first day, counting contacts per day", () => {
    // 2026-11-23 is a Monday.
    const map = contactHeatmap(["2026-11-23", "2026-11-23", "2026-11-20", "2025-11-24", "2025-11-01"], "2026-11-23", 1);
    expect(map.weeks).toHaveLength(53);
    const last = map.weeks[52];
    expect(last?.[0]).toEqual({ date: "2026-11-23", count: 2 });
    expect(last?.slice(1)).toEqual([null, null, null, null, null, null]);
    expect(map.weeks[51]?.[4]).toEqual({ date: "2026-11-20", count: 1 });
    // The first column is the Monday 52 weeks before this one; a contact before it is left out.
    expect(map.weeks[0]?.[0]).toEqual({ date: "2025-11-24", count: 1 });
    expect(map.max).toBe(2);
    expect(map.daysWithContact).toBe(3);
  });

  it("starts weeks on Sunday where the locale does", () => {
    const map = contactHeatmap([], "2026-11-23", 0);
    expect(map.weeks[52]?.[0]?.date).toBe("2026-11-22");
    expect(map.weeks[52]?.[1]?.date).toBe("2026-11-23");
    expect(map.weeks[52]?.[2]).toBeNull();
  });

  it("crosses 29 February and the new year without losing a day", () => {
    const map = contactHeatmap(["2028-02-29"], "2028-03-05", 1);
    const days = map.weeks.flat().filter((d) => d !== null).map((d) => d.date);
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain("2028-02-29");
    expect(days.at(-1)).toBe("2028-03-05");
  });
});
