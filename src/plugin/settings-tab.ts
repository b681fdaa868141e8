/**
 * Settings, applied at once: every change is saved and the index rebuilt (debounced while typing). A value
 * Rapport cannot use is refused with the reason under the field, and the last good one stays in force.
 */
import { PluginSettingTab, Setting, debounce, type App, type Plugin } from "obsidian";
import { parseCadence } from "../core/calendar/cadence";
import type { DueReport } from "../core/report/due-report";
import { DEFAULT_DAILY_NOTES, type DailyNoteConfig, type FieldNames } from "../core/settings";
import type { RapportSettings } from "../core/saved-settings";

export interface SettingsHost extends Plugin {
  settings: RapportSettings;
  saveSettings(): Promise<void>;
  report(): DueReport | null;
  /** The daily-note folder and format Obsidian's own settings give. */
  obsidianDailyNotes(): DailyNoteConfig;
}

const FIELD_LABELS: Array<[keyof FieldNames, string, string]> = [
  ["tags", "Tags property", "Where a note's tags are."],
  ["aliases", "Aliases property", "Other names a person goes by; links to them count as links to the person."],
  ["cadence", "Cadence property", 'How often to be in touch: "every 2 weeks", "monthly", or "none".'],
  ["birthday", "Birthday property", "A date (1990-04-12), or a month and day (--04-12)."],
  ["lastContact", "Last contact property", "A contact written by hand, for people you see outside your notes."],
  ["snoozeUntil", "Snooze property", "Rapport writes the day a snooze ends here."],
  ["groups", "Groups property", "The groups a person is in: the sidebar filters by them."],
  ["replyWithin", "Reply-within property", "Days to reply to this person, instead of the setting."],
];

export class RapportSettingTab extends PluginSettingTab {
  private readonly save = debounce(() => void this.host.saveSettings(), 600, true);

  constructor(
    app: App,
    private readonly host: SettingsHost,
  ) {
    super(app, host);
  }

  override display(): void {
    const { containerEl } = this;
    const s = this.host.settings;
    containerEl.empty();
    containerEl.createDiv({ cls: "rapport-settings-status", text: statusLine(this.host.report()) });

    new Setting(containerEl).setName("People").setHeading();
    this.personRules();
    this.text("Person tag", "...or when its tags include this one.", s.personTag, (v) => (s.personTag = v.replace(/^#/, "") || "person"));
    this.text("People folder", "...or when it is in this folder. Leave empty for none.", s.personFolder, (v) => (s.personFolder = v.replace(/^\/+|\/+$/g, "")));
    this.text("Folder for new people", 'Where "Add person" and "Create person note" put new notes.', s.newPersonFolder, (v) => (s.newPersonFolder = v));
    const cadenceHint = this.text("Default cadence", "For people whose note has none. Leave empty to track only people with a cadence.", s.defaultCadence, (v) => {
      s.defaultCadence = v;
      cadenceHint.setDesc(cadenceDescription(v));
    });
    cadenceHint.setDesc(cadenceDescription(s.defaultCadence));

    new Setting(containerEl).setName("Triage").setHeading();
    s.cadencePresets.forEach((preset, i) => {
      const setting = this.text(`Key ${i + 1}`, "", preset, (v) => {
        const why = presetProblem(v);
        setting.setDesc(why ?? cadenceWords(v));
        if (why) return false;
        s.cadencePresets[i] = v;
        return true;
      });
      setting.setDesc(cadenceWords(preset));
    });

    new Setting(containerEl).setName("Due list").setHeading();
    this.number("Due soon window", "Days ahead a check-in counts as due soon. 0 shows only what is due today.", s.dueSoonDays, (v) => (s.dueSoonDays = v));
    this.number("Birthday window", "Days ahead birthdays are shown. 0 turns birthdays off.", s.birthdayDays, (v) => (s.birthdayDays = v));
    this.text("Waiting tag", "A task with this tag is a promise owed to you.", s.waitingTag, (v) => (s.waitingTag = v.replace(/^#/, "") || "waiting"));

    new Setting(containerEl).setName("Follow-through").setHeading();
    this.text("Reply tag", "An interaction with this tag means they asked you something: you owe a reply. Empty turns replies off.", s.replyTag, (v) => (s.replyTag = v.replace(/^#/, "")));
    this.number("Reply within", "Days to reply in; a person's reply-within property says otherwise for them.", s.replyWithinDays, (v) => (s.replyWithinDays = v));
    this.toggle("Thanks", "After help received (a promise owed to you kept, or an interaction with the helped tag), a thank-you is owed until an interaction with the thanks tag.", s.thanksLoop, (v) => (s.thanksLoop = v));
    this.text("Helped tag", "An interaction with this tag is help received.", s.helpedTag, (v) => (s.helpedTag = v.replace(/^#/, "") || "helped"));
    this.text("Thanks tag", "An interaction with this tag is a thank-you.", s.thanksTag, (v) => (s.thanksTag = v.replace(/^#/, "") || "thanks"));
    this.number("New acquaintance follow-up", "Days after you first meet someone that a follow-up is due. 0 turns it off.", s.newAcquaintanceDays, (v) => (s.newAcquaintanceDays = v));
    this.toggle("Dates in words", 'Read a promise\'s due day from its words ("by Friday") when it has no 📅, against the date of its note.', s.plainWordDates, (v) => (s.plainWordDates = v));
    this.text("Ignored names", "Names linked in your notes that are not people, separated by commas: triage does not ask about them.", s.ignoredNames.join(", "), (v) => (s.ignoredNames = v.split(",").map((n) => n.trim()).filter((n) => n !== "")));

    new Setting(containerEl).setName("Group cadences").setHeading();
    this.groupCadences();

    new Setting(containerEl).setName("Daily notes").setHeading();
    new Setting(containerEl)
      .setName("Use Obsidian's daily note settings")
      .setDesc("Read the folder and format that Obsidian's daily notes use (or periodic notes, when that plugin is on).")
      .addToggle((t) =>
        t.setValue(s.dailyNotesFromObsidian).onChange((v) => {
          s.dailyNotesFromObsidian = v;
          // Turned off, Rapport's own fields start from what was in force: Obsidian's folder and format.
          if (!v) Object.assign(s, { dailyNotesFolder: this.host.obsidianDailyNotes().folder, dailyNotesFormat: this.host.obsidianDailyNotes().format });
          this.save();
          this.display();
        }),
      );
    if (s.dailyNotesFromObsidian) {
      const { folder, format } = this.host.obsidianDailyNotes();
      containerEl.createDiv({ cls: "setting-item-description rapport-in-use", text: `In use: ${folder === "" ? "the vault's top folder" : `the folder ${folder}`}, format ${format}.` });
    } else {
      this.text("Daily note folder", "Where today's note is made. Empty for the vault's top folder.", s.dailyNotesFolder, (v) => (s.dailyNotesFolder = v.replace(/^\/+|\/+$/g, "")));
      this.text("Daily note format", "A moment.js format of the note's name; slashes make sub-folders.", s.dailyNotesFormat, (v) => (s.dailyNotesFormat = v || DEFAULT_DAILY_NOTES.format));
    }

    new Setting(containerEl).setName("Property names").setHeading();
    for (const [key, label, desc] of FIELD_LABELS) {
      this.text(label, desc, s.fields[key], (v) => (s.fields[key] = v.trim() || key));
    }
  }

  /**
   * The person rules, one row each: a note is a person when the property holds the value (text, or a
   * link such as [[People]]; in a list or alone).
   */
  private personRules(): void {
    const s = this.host.settings;
    s.personRules.forEach((rule, i) => {
      new Setting(this.containerEl)
        .setName(i === 0 ? "A note is a person when" : "...or when")
        .setDesc(i === 0 ? "Its property holds the value: text (person) or a link ([[People]]), alone or in a list." : "Another property and value that make a note a person.")
        .addText((t) =>
          t.setPlaceholder("Property").setValue(rule.property).onChange((v) => {
            rule.property = v.trim();
            this.save();
          }),
        )
        .addText((t) =>
          t.setPlaceholder("Value").setValue(rule.value).onChange((v) => {
            rule.value = v.trim();
            this.save();
          }),
        )
        .addExtraButton((b) =>
          b.setIcon("trash").setTooltip("Remove this rule").onClick(() => {
            s.personRules.splice(i, 1);
            this.save();
            this.display();
          }),
        );
    });
    new Setting(this.containerEl).addButton((b) =>
      b.setButtonText("Add a rule").onClick(() => {
        s.personRules.push({ property: "", value: "" });
        this.display();
      }),
    );
  }

  /**
   * A cadence per group, for its members whose note has none; with several groups, the earliest next
   * check-in wins. Each cadence is read as it is typed.
   */
  private groupCadences(): void {
    const s = this.host.settings;
    for (const [group, cadence] of Object.entries(s.groupCadences)) {
      const setting = new Setting(this.containerEl)
        .setName(group)
        .setDesc(cadenceWords(cadence))
        .addText((t) =>
          t.setPlaceholder("For example: every month").setValue(cadence).onChange((v) => {
            const why = presetProblem(v);
            setting.setDesc(why ?? cadenceWords(v));
            if (why) return;
            s.groupCadences[group] = v.trim();
            this.save();
          }),
        )
        .addExtraButton((b) =>
          b.setIcon("trash").setTooltip(`Remove the cadence of ${group}`).onClick(() => {
            delete s.groupCadences[group];
            this.save();
            this.display();
          }),
        );
    }
    let name = "";
    new Setting(this.containerEl)
      .setName("Add a group cadence")
      .setDesc("A group's name, as in the groups property; then its cadence above.")
      .addText((t) => t.setPlaceholder("Group name").onChange((v) => (name = v.trim().replace(/^#/, ""))))
      .addButton((b) =>
        b.setButtonText("Add").onClick(() => {
          if (name === "" || name in s.groupCadences) return;
          s.groupCadences[name] = "every month";
          this.save();
          this.display();
        }),
      );
  }

  private toggle(name: string, desc: string, value: boolean, set: (value: boolean) => void): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addToggle((t) =>
        t.setValue(value).onChange((v) => {
          set(v);
          this.save();
        }),
      );
  }

  /** A text field; `set` returns false to refuse the value (having said why). */
  private text(name: string, desc: string, value: string, set: (value: string) => unknown): Setting {
    return new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) =>
        t.setValue(value).onChange((v) => {
          if (set(v.trim()) === false) return;
          this.save();
        }),
      );
  }

  /** A whole number of days, 0 or more; anything else is refused with the reason and not saved. */
  private number(name: string, desc: string, value: number, set: (value: number) => void): void {
    const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
    const problem = setting.settingEl.createDiv({ cls: "rapport-setting-problem" });
    setting.addText((t) => {
      t.inputEl.type = "number";
      t.inputEl.min = "0";
      t.setValue(String(value)).onChange((v) => {
        const why = daysProblem(v);
        problem.setText(why ?? "");
        t.inputEl.toggleClass("is-invalid", why !== null);
        if (why !== null) return;
        set(Number(v.trim()));
        this.save();
      });
    });
  }
}

/** Why `text` is no number of days, or null when it is one. */
export function daysProblem(text: string): string | null {
  const value = text.trim();
  if (value === "") return "Enter a number of days; 0 turns this off.";
  const n = Number(value);
  if (!Number.isFinite(n)) return `"${value}" is not a number; the last good value stays.`;
  if (n < 0) return "A number of days cannot be negative; the last good value stays.";
  if (!Number.isInteger(n)) return "Enter whole days; the last good value stays.";
  if (n > 3660) return "At most 3660 days (ten years); the last good value stays.";
  return null;
}

/** "43 people · 3 without a cadence · 2 problems", or that the index is still being built. */
export function statusLine(report: DueReport | null): string {
  if (report === null) return "Reading your notes…";
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  const people = report.people.length;
  const withoutCadence = report.people.filter((p) => p.cadence === null).length;
  return [count(people, "person", "people"), `${withoutCadence} without a cadence`, count(report.problems.length, "problem", "problems")].join(" · ");
}

function presetProblem(text: string): string | null {
  if (text.trim() === "") return "Enter a cadence for this key.";
  const parsed = parseCadence(text);
  if (!parsed.ok) return `Not understood: ${parsed.reason}.`;
  return parsed.cadence === null ? 'For "not tracked", triage has its own key, N.' : null;
}

function cadenceWords(text: string): string {
  const parsed = parseCadence(text);
  return parsed.ok && parsed.cadence ? `Sets ${parsed.cadence.words}.` : "";
}

function cadenceDescription(text: string): string {
  if (text.trim() === "") return "For people whose note has none. Leave empty to track only people with a cadence.";
  const parsed = parseCadence(text);
  if (!parsed.ok) return `Not understood: ${parsed.reason}.`;
  return parsed.cadence === null ? "Nobody is tracked by default." : `For people whose note has none: ${parsed.cadence.words}.`;
}
