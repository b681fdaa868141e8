import { describe, expect, it } from "vitest";
import { dailyNoteConfigFrom } from "../../../src/core/parse/daily-note-config";

describe("dailyNoteConfigFrom", () => {
  it("defaults to the vault root and YYYY-MM-DD", () => {
    expect(dailyNoteConfigFrom({})).toEqual({ folder: "", format: "YYYY-MM-DD", template: "" });
    expect(dailyNoteConfigFrom({ dailyNotes: { folder: "", format: "" } })).toEqual({ folder: "", format: "YYYY-MM-DD", template: "" });
  });

  it("reads the Daily Notes core plugin, trimming slashes from the folder", () => {
    expect(dailyNoteConfigFrom({ dailyNotes: { folder: "/Journal/", format: "YYYY/MM/YYYY-MM-DD", template: "Templates/Day" } })).toEqual({
      folder: "Journal",
      format: "YYYY/MM/YYYY-MM-DD",
      template: "Templates/Day",
    });
  });

  const dailyNotes = { folder: "Daily", format: "YYYY-MM-DD", template: "" };

  it("prefers Periodic Notes' older flat layout when that plugin is enabled", () => {
    const periodicNotes = { daily: { enabled: true, folder: "Periodic/Days", format: "DD-MM-YYYY", templatePath: "T/Day.md" } };
    expect(dailyNoteConfigFrom({ dailyNotes, periodicNotes, periodicNotesEnabled: true })).toEqual({ folder: "Periodic/Days", format: "DD-MM-YYYY", template: "T/Day.md" });
    expect(dailyNoteConfigFrom({ dailyNotes, periodicNotes, periodicNotesEnabled: false })).toEqual(dailyNotes);
  });

  it("reads Periodic Notes' calendar sets, using the active set", () => {
    const periodicNotes = {
      activeCalendarSet: "work",
      calendarSets: [
        { id: "home", day: { enabled: true, folder: "Home", format: "YYYY-MM-DD" } },
        { id: "work", day: { enabled: true, folder: "Work/Days", format: "YYYY/MM/DD" } },
      ],
    };
    expect(dailyNoteConfigFrom({ periodicNotes, periodicNotesEnabled: true })).toEqual({ folder: "Work/Days", format: "YYYY/MM/DD", template: "" });
  });

  it("falls back to Daily Notes when Periodic Notes has daily notes turned off", () => {
    const periodicNotes = { daily: { enabled: false, folder: "X", format: "YYYY" } };
    expect(dailyNoteConfigFrom({ dailyNotes, periodicNotes, periodicNotesEnabled: true })).toEqual(dailyNotes);
  });
});
