import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askFields } from "../../../src/core/parse/ask-field";

describe("ask:: fields", () => {
  it.each([
    ["ask:: 2026-12-05 her interview", [{ date: "2026-12-05", about: "her interview" }]],
    ["Coffee ask:: 2026-12-05 her interview #career", [{ date: "2026-12-05", about: "her interview #career" }]],
    ["[ask:: 2026-12-05 the move] and (ask:: 2026-12-06 the dog)", [{ date: "2026-12-05", about: "the move" }, { date: "2026-12-06", about: "the dog" }]],
    ["Ask:: 2026-12-05", [{ date: "2026-12-05", about: "" }]],
    ["task:: 2026-12-05 not an ask", []],
    ["no field here", []],
    ["ask:: soon", [{ problem: 'ask:: wants a day first, as in "ask:: 2026-12-05 her interview"' }]],
    ["ask:: 2026-02-30 x", [{ problem: "ask:: 2026-02-30 is not a calendar date" }]],
    ["ask:: 0026-12-05 x", [{ problem: "ask:: 0026-12-05: the year is not between 1000 and 9999" }]],
  ])("%s", (line, fields) => {
    expect(askFields(line)).toEqual(fields);
  });

  it("any line gives fields or problems, never a throw, in time linear in its length", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("ask::", "[", "]", "(", ")", " ", "2026-12-05", "x", "ASK::"), { maxLength: 30 }), (parts) => {
        for (const field of askFields(parts.join(""))) expect("date" in field || "problem" in field).toBe(true);
      }),
    );
    expect(askFields("[ask:: ".repeat(200_000))).toHaveLength(1);
    expect(askFields(`${"(ask:: 2026-12-05 x) ".repeat(50_000)}`)).toHaveLength(50_000);
  });
});
