import { describe, expect, it } from "vitest";
import { coreSettings, DEFAULT_PLUGIN_SETTINGS, loadedSettings } from "../../src/core/saved-settings";

describe("saved settings of the follow-through loops", () => {
  it("are the defaults when nothing was saved", () => {
    const settings = loadedSettings(undefined);
    expect(settings).toMatchObject({
      replyTag: "asked",
      replyWithinDays: 2,
      thanksLoop: true,
      helpedTag: "helped",
      thanksTag: "thanks",
      newAcquaintanceDays: 3,
      plainWordDates: true,
      groupCadences: {},
    });
    expect(settings.fields.replyWithin).toBe("reply_within");
  });

  it("keep what was saved, of the right type", () => {
    const saved = { replyTag: "q", replyWithinDays: 1, thanksLoop: false, newAcquaintanceDays: 0, plainWordDates: false, groupCadences: { clients: "every month", "inner circle": "every 2 weeks" }, fields: { replyWithin: "answer_in" } };
    const settings = loadedSettings(saved);
    expect(settings).toMatchObject({ ...saved, fields: { ...DEFAULT_PLUGIN_SETTINGS.fields, replyWithin: "answer_in" } });
    // The core gets them all, and the plugin's own settings stay behind.
    const core = coreSettings(settings, { folder: "", format: "YYYY-MM-DD" });
    expect(core).toMatchObject({ replyTag: "q", groupCadences: saved.groupCadences, plainWordDates: false });
    expect(core).not.toHaveProperty("cadencePresets");
    expect(core).not.toHaveProperty("groupFilter");
  });

  it("replace a value of the wrong type or range by its default, and keep the good entries of a map", () => {
    const settings = loadedSettings({ replyWithinDays: -2, newAcquaintanceDays: 2.5, thanksLoop: "yes", plainWordDates: 1, groupCadences: { clients: "every month", bad: 7, "": "weekly", list: ["x"] } });
    expect(settings).toMatchObject({ replyWithinDays: 2, newAcquaintanceDays: 3, thanksLoop: true, plainWordDates: true, groupCadences: { clients: "every month" } });
    expect(loadedSettings({ groupCadences: ["every month"] }).groupCadences).toEqual({});
    expect(loadedSettings({ groupCadences: null }).groupCadences).toEqual({});
  });
});
