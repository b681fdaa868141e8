/** Settings, applied at once: every change is saved and the index rebuilt (debounced while typing). */
import { PluginSettingTab, Setting, debounce, type App, type Plugin } from "obsidian";
import { parseCadence } from "../core/calendar/cadence";
import { DEFAULT_DAILY_NOTES, type FieldNames } from "../core/settings";
import type { RapportSettings } from "../core/saved-settings";

export interface SettingsHost extends Plugin {
  settings: RapportSettings;
  saveSettings(): Promise<void>;
}

const FIELD_LABELS: Array<[keyof FieldNames, string]> = [
  ["tags", "Tags property"],
  ["aliases", "Aliases property"],
  ["cadence", "Cadence property"],
  ["birthday", "Birthday property"],
  ["lastContact", "Last contact property"],
  ["snoozeUntil", "Snooze property"],
  ["groups", "Groups property"],
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

    new Setting(containerEl).setName("People").setHeading();
    this.personRules();
    this.text("Person tag", "...or when its tags include this one.", s.personTag, (v) => (s.personTag = v.replace(/^#/, "") || "person"));
    this.text("People folder", "...or when it is in this folder. Leave empty for none.", s.personFolder, (v) => (s.personFolder = v.replace(/^\/+|\/+$/g, "")));
    this.text("Folder for new people", 'Where "Create person note" puts new notes.', s.newPersonFolder, (v) => (s.newPersonFolder = v));
    const cadenceHint = this.text("Default cadence", "For people whose note has none. Leave empty to track only people with a cadence.", s.defaultCadence, (v) => {
      s.defaultCadence = v;
      cadenceHint.setDesc(cadenceDescription(v));
    });
    cadenceHint.setDesc(cadenceDescription(s.defaultCadence));

    new Setting(containerEl).setName("Due list").setHeading();
    this.number("Due soon window", "Days ahead shown as due soon.", s.dueSoonDays, (v) => (s.dueSoonDays = v));
    this.number("Birthday window", "Days ahead birthdays are shown.", s.birthdayDays, (v) => (s.birthdayDays = v));
    this.text("Waiting tag", "A task with this tag is a promise owed to you.", s.waitingTag, (v) => (s.waitingTag = v.replace(/^#/, "") || "waiting"));

    new Setting(containerEl).setName("Daily notes").setHeading();
    new Setting(containerEl)
      .setName("Use Obsidian's daily note settings")
      .setDesc("Read the folder and format that Obsidian's daily notes use (or periodic notes, when that plugin is on).")
      .addToggle((t) =>
        t.setValue(s.dailyNotesFromObsidian).onChange((v) => {
          s.dailyNotesFromObsidian = v;
          showOwnDailyNotes();
          this.save();
        }),
      );
    const ownDailyNotes = [
      this.text("Daily note folder", "", s.dailyNotesFolder, (v) => (s.dailyNotesFolder = v.replace(/^\/+|\/+$/g, ""))),
      this.text("Daily note format", "A moment.js format; slashes make sub-folders.", s.dailyNotesFormat, (v) => (s.dailyNotesFormat = v || DEFAULT_DAILY_NOTES.format)),
    ];
    const showOwnDailyNotes = () => ownDailyNotes.forEach((setting) => setting.settingEl.toggle(!s.dailyNotesFromObsidian));
    showOwnDailyNotes();

    new Setting(containerEl).setName("Property names").setHeading();
    for (const [key, label] of FIELD_LABELS) {
      this.text(label, "", s.fields[key], (v) => (s.fields[key] = v.trim() || key));
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
        .setDesc(i === 0 ? "Its property holds the value: text (person) or a link ([[People]]), alone or in a list." : "")
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

  private text(name: string, desc: string, value: string, set: (value: string) => void): Setting {
    return new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) =>
        t.setValue(value).onChange((v) => {
          set(v.trim());
          this.save();
        }),
      );
  }

  private number(name: string, desc: string, value: number, set: (value: number) => void): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((t) => {
        t.inputEl.type = "number";
        t.setValue(String(value)).onChange((v) => {
          const n = Number(v);
          if (Number.isInteger(n) && n >= 0) {
            set(n);
            this.save();
          }
        });
      });
  }
}

function cadenceDescription(text: string): string {
  if (text.trim() === "") return "For people whose note has none. Leave empty to track only people with a cadence.";
  const parsed = parseCadence(text);
  if (!parsed.ok) return `Not understood: ${parsed.reason}.`;
  return parsed.cadence === null ? "Nobody is tracked by default." : `For people whose note has none: ${parsed.cadence.words}.`;
}
