import { describe, expect, it } from "vitest";
import moment from "moment";
import { promiseFromForm } from "../../../src/core/edit/promise-form";
import { strictDateParser } from "../../../src/core/parse/note-date";

const days = { dailyNotes: { folder: "Journal", format: "YYYY-MM-DD" }, parseDate: strictDateParser(moment) };
// Monday 23 November 2026.
const TODAY = "2026-11-23";
const read = (what: string, due = "", plainWords = true) => promiseFromForm(what, due, TODAY, days, plainWords);

describe("promiseFromForm", () => {
  it("reads the Due field as a date or as words, against today", () => {
    expect(read("send the deck", "2026-11-30")).toEqual({ words: "send the deck", due: "2026-11-30", readFrom: null });
    expect(read("send the deck", "Friday")).toEqual({ words: "send the deck", due: "2026-11-27", readFrom: "Friday" });
    expect(read("send the deck", "in 3 days")).toEqual({ words: "send the deck", due: "2026-11-26", readFrom: "in 3 days" });
    expect(read("send the deck", "tomorrow")).toEqual({ words: "send the deck", due: "2026-11-24", readFrom: "tomorrow" });
  });

  it("reads a day at the end of the words and cuts those words, tags kept", () => {
    expect(read("send the deck by Friday")).toEqual({ words: "send the deck", due: "2026-11-27", readFrom: "by Friday" });
    expect(read("send the deck before Friday #work")).toEqual({ words: "send the deck #work", due: "2026-11-26", readFrom: "before Friday" });
    expect(read("notes on May's talk")).toEqual({ words: "notes on May's talk", due: null, readFrom: null });
  });

  it("refuses what it cannot read, or a day before today, with the reason", () => {
    expect(read("", "Friday")).toEqual({ problem: "Say what was promised." });
    expect(read("call", "someday")).toEqual({ problem: '"someday" is not a day Rapport can read.' });
    expect(read("call", "2026-02-30")).toMatchObject({ problem: expect.stringMatching(/^"2026-02-30"/) as unknown });
    expect(read("call by 2026-11-01")).toEqual({ problem: '"by 2026-11-01" is 2026-11-01, before the note\'s date 2026-11-23.' });
  });

  it("leaves a date written in the words alone, and will not add a second", () => {
    expect(read("the deck 📅 2027-01-01")).toEqual({ words: "the deck 📅 2027-01-01", due: null, readFrom: null });
    expect(read("the deck 📅 2027-01-01", "tomorrow")).toEqual({ problem: "The words give a date already (📅 or due::); leave Due empty, or take it out of the words." });
    expect(read("the deck [due:: 2027-01-01] by Friday")).toEqual({ words: "the deck [due:: 2027-01-01] by Friday", due: null, readFrom: null });
  });

  it("refuses a date before today, however it is written", () => {
    expect(read("call", "2020-01-01")).toEqual({ problem: "2020-01-01 is before today." });
    expect(read("call", "2026-11-23")).toEqual({ words: "call", due: "2026-11-23", readFrom: null });
  });

  it("takes only dates when reading words is turned off", () => {
    expect(read("send the deck by Friday", "", false)).toEqual({ words: "send the deck by Friday", due: null, readFrom: null });
    expect(read("call", "Friday", false)).toEqual({ problem: "The due date is not a date (YYYY-MM-DD)." });
  });
});
