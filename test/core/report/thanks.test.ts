import { describe, expect, it } from "vitest";
import { buildModel, person } from "../../helpers/model-builder";

const thanks = (files: Record<string, string>, today: string, settings = {}) =>
  buildModel(files, settings)
    .report(today)
    .thanks.map(({ person, text, source, since, status, thanked }) => ({ person, text, source, since, status, thanked }));

describe("thanks owed", () => {
  it("for a kept #waiting promise and a #helped interaction, until a #thanks on or after that day", () => {
    const files = {
      "Hiro.md": person(),
      "Ana.md": person(),
      "2026-11-16.md": "- [x] [[Hiro]] to send the contract draft #waiting ✅ 2026-11-18\n- [ ] [[Hiro]] to sign #waiting",
      "2026-11-19.md": "- [[Ana]] lent me her tent #helped",
      "2026-11-20.md": "- Sent [[Ana]] a card #thanks",
    };
    expect(thanks(files, "2026-11-23")).toEqual([
      { person: "Hiro", text: "to send the contract draft", source: "waiting", since: "2026-11-18", status: "open", thanked: null },
      { person: "Ana", text: "lent me her tent", source: "helped", since: "2026-11-19", status: "thanked", thanked: "2026-11-20" },
    ]);
  });

  it("a thank-you before the help does not count; one the same day does", () => {
    const files = { "Ana.md": person(), "2026-11-18.md": "- Thanked [[Ana]] #thanks", "2026-11-19.md": "- [[Ana]] helped me move #helped\n- [[Ana]] dinner, thanked her #thanks" };
    expect(thanks(files, "2026-11-23")[0]).toMatchObject({ status: "thanked", thanked: "2026-11-19" });
    const earlier = { "Ana.md": person(), "2026-11-18.md": "- Thanked [[Ana]] #thanks", "2026-11-19.md": "- [[Ana]] helped me move #helped" };
    expect(thanks(earlier, "2026-11-23")[0]).toMatchObject({ status: "open", thanked: null });
  });

  it("lapses two weeks after the help, so that old kept promises ask for nothing: neither listed nor counted then", () => {
    const files = { "Ana.md": person(), "2026-11-01.md": "- [[Ana]] helped me move #helped" };
    expect(thanks(files, "2026-11-14")[0]?.status).toBe("open");
    expect(thanks(files, "2026-11-15")).toEqual([]);
    expect(buildModel(files).report("2026-11-15").followThrough.thanks).toEqual({ given: 0, owed: 0 });
  });

  it("a thank-you given long ago is counted, not listed", () => {
    const files = { "Ana.md": person(), "2026-09-01.md": "- [[Ana]] helped me move #helped\n- [[Ana]] card #thanks" };
    const report = buildModel(files).report("2026-11-23");
    expect([report.thanks, report.followThrough.thanks]).toEqual([[], { given: 1, owed: 0 }]);
  });

  it("is off with its setting, and follows the tags of the settings", () => {
    const files = { "Ana.md": person(), "2026-11-19.md": "- [[Ana]] helped #assist\n- [[Ana]] card #merci" };
    expect(thanks(files, "2026-11-23", { thanksLoop: false })).toEqual([]);
    expect(thanks(files, "2026-11-23", { helpedTag: "assist", thanksTag: "merci" })[0]).toMatchObject({ status: "thanked", thanked: "2026-11-19" });
  });

  it("counts given and owed in follow-through, apart from promises", () => {
    const files = { "Ana.md": person(), "2026-11-19.md": "- [[Ana]] helped #helped", "2026-11-20.md": "- [[Ana]] card #thanks\n- [[Ana]] helped again #helped" };
    expect(buildModel(files).report("2026-11-23").followThrough.thanks).toEqual({ given: 2, owed: 0 });
  });
});
