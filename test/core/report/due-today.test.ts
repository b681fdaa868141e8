import { describe, expect, it } from "vitest";
import { dueTodayCount } from "../../../src/core/report/due-today";
import { buildModel, person } from "../../helpers/model-builder";

describe("dueTodayCount", () => {
  it("counts check-ins due or overdue and my promises due by today, not the snoozed, the soon or what others owe", () => {
    const model = buildModel({
      "People/Ann.md": person("cadence: every week"),
      "People/Ben.md": person("cadence: every week"),
      "People/Cat.md": person("cadence: every week\nsnooze_until: 2026-12-01"),
      "People/Dan.md": person("cadence: every month"),
      "2026-11-09.md": "- [[Ann]]\n- [[Cat]]",
      "2026-11-16.md": "- [[Ben]]\n- [[Dan]]",
      "2026-11-20.md": "- [ ] Send [[Dan]] the deck 📅 2026-11-23\n- [ ] Call [[Dan]] 📅 2026-11-24\n- [ ] [[Dan]] the draft #waiting 📅 2026-11-20\n- [x] [[Dan]] lunch 📅 2026-11-21 ✅ 2026-11-21",
    });
    // Ann overdue (due 11-16), Ben due today (11-23), Cat snoozed, Dan due 12-16; Dan's deck due today.
    expect(dueTodayCount(model.report("2026-11-23"))).toBe(3);
    // A day later: the call is due too.
    expect(dueTodayCount(model.report("2026-11-24"))).toBe(4);
  });

  it("counts replies owed by today, as the sidebar shows them overdue", () => {
    const model = buildModel({
      "People/Ann.md": person(),
      "2026-10-01.md": "- Met [[Ann]]",
      "2026-11-20.md": "- [[Ann]] asked about the offsite #asked",
    });
    // Asked on the 20th, two days to reply: due the 22nd, overdue on the 23rd.
    expect(dueTodayCount(model.report("2026-11-21"))).toBe(0);
    expect(dueTodayCount(model.report("2026-11-23"))).toBe(1);
  });
});
