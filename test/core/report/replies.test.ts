import { describe, expect, it } from "vitest";
import { buildModel, person } from "../../helpers/model-builder";

const replies = (files: Record<string, string>, today: string, settings = {}) =>
  buildModel(files, settings)
    .report(today)
    .replies.map(({ person, text, asked, due, status, answered, daysOverdue }) => ({ person, text, asked, due, status, answered, daysOverdue }));

describe("a reply owed", () => {
  it("is due within two days of an #asked interaction, and late after", () => {
    const files = { "Ann.md": person(), "2026-11-20.md": "- [[Ann]] asked about the budget #asked" };
    expect(replies(files, "2026-11-22")).toEqual([{ person: "Ann", text: "asked about the budget", asked: "2026-11-20", due: "2026-11-22", status: "open", answered: null, daysOverdue: 0 }]);
    expect(replies(files, "2026-11-23")[0]).toMatchObject({ status: "open", daysOverdue: 1 });
  });

  it("is answered by an interaction on a later day, or on a later line of the same note; one answers every earlier ask", () => {
    const files = {
      "Ann.md": person(),
      "2026-11-18.md": "- [[Ann]] asked about the budget #asked",
      "2026-11-20.md": "- [[Ann]] asked about the plan #Asked\n- Called [[Ann]] #call",
      "2026-11-21.md": "- [[Ann]] asked about the trip #asked",
    };
    expect(replies(files, "2026-11-23").map((r) => [r.asked, r.status, r.answered])).toEqual([
      ["2026-11-21", "open", null],
      ["2026-11-18", "answered", "2026-11-20"],
      ["2026-11-20", "answered", "2026-11-20"],
    ]);
  });

  it("is not answered by another ask, an earlier line, a note of the same day elsewhere, or a plan", () => {
    const files = {
      "Ann.md": person(),
      "2026-11-20.md": "- Lunch with [[Ann]]\n- [[Ann]] asked about the budget #asked",
      "Meetings/Review.md": "---\ndate: 2026-11-20\n---\n- [[Ann]] presented",
      "2026-11-21.md": "- [[Ann]] asked again #asked",
      "2026-11-30.md": "- Planned call with [[Ann]]",
    };
    expect(replies(files, "2026-11-23").map((r) => [r.asked, r.status])).toEqual([
      ["2026-11-20", "open"],
      ["2026-11-21", "open"],
    ]);
  });

  it("is answered by a promise to them kept after it", () => {
    const files = { "Ann.md": person(), "2026-11-20.md": "- [[Ann]] asked for the slides #asked\n- [x] send [[Ann]] the slides ✅ 2026-11-21" };
    expect(replies(files, "2026-11-23")[0]).toMatchObject({ status: "answered", answered: "2026-11-21" });
  });

  it("lists open replies and those answered in the last two weeks; older ones are counted only", () => {
    const files = { "Ann.md": person(), "2026-09-01.md": "- [[Ann]] asked #asked", "2026-09-02.md": "- [[Ann]] call", "2026-11-20.md": "- [[Ann]] asked again #asked" };
    const report = buildModel(files).report("2026-11-23");
    expect(report.replies.map((r) => [r.asked, r.status])).toEqual([["2026-11-20", "open"]]);
    expect(report.followThrough.replies).toEqual({ inTime: 1, late: 0, overdue: 1, open: 0 });
  });

  it("takes the person's reply_within, and the tag and days of the settings", () => {
    const files = { "Ann.md": person("reply_within: 0"), "Bo.md": person(), "2026-11-20.md": "- [[Ann]] asked #q\n- [[Bo]] asked #q" };
    expect(replies(files, "2026-11-23", { replyTag: "q", replyWithinDays: 5 }).map((r) => [r.person, r.due, r.daysOverdue])).toEqual([
      ["Ann", "2026-11-20", 3],
      ["Bo", "2026-11-25", 0],
    ]);
  });

  it("is counted in follow-through apart from promises: in time, late, overdue, open", () => {
    const files = {
      "Ann.md": person(),
      "2026-11-10.md": "- [[Ann]] asked #asked",
      "2026-11-11.md": "- [[Ann]] call",
      "2026-11-15.md": "- [[Ann]] asked #asked",
      "2026-11-19.md": "- [[Ann]] call\n- [[Ann]] asked #asked",
      "2026-11-22.md": "- [[Ann]] asked #asked",
    };
    const report = buildModel(files).report("2026-11-23");
    expect(report.followThrough).toMatchObject({ keptOnTime: 0, replies: { inTime: 1, late: 1, overdue: 1, open: 1 } });
    expect(report.people[0]?.followThrough.replies).toEqual({ inTime: 1, late: 1, overdue: 1, open: 1 });
  });
});
