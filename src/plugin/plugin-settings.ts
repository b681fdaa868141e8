/** The plugin's saved settings: the core's, plus where new notes go and where daily notes come from. */
import { DEFAULT_DAILY_NOTES, DEFAULT_SETTINGS, withDefaults, type CoreSettings, type DailyNoteConfig } from "../core/settings";

export interface RapportSettings extends Omit<CoreSettings, "dailyNotes"> {
  /** Folder for notes made by "Create person note". */
  newPersonFolder: string;
  /** Read the daily-note folder and format from Obsidian (Daily notes or Periodic Notes), or use the two below. */
  dailyNotesFromObsidian: boolean;
  dailyNotesFolder: string;
  dailyNotesFormat: string;
}

const { dailyNotes: _fromCore, ...coreDefaults } = DEFAULT_SETTINGS;

export const DEFAULT_PLUGIN_SETTINGS: RapportSettings = {
  ...coreDefaults,
  newPersonFolder: "People",
  dailyNotesFromObsidian: true,
  dailyNotesFolder: "",
  dailyNotesFormat: DEFAULT_DAILY_NOTES.format,
};

/** Saved data from any earlier version, completed with defaults. */
export function loadedSettings(saved: unknown): RapportSettings {
  const data = (saved !== null && typeof saved === "object" ? saved : {}) as Partial<RapportSettings>;
  return {
    ...DEFAULT_PLUGIN_SETTINGS,
    ...data,
    fields: { ...DEFAULT_PLUGIN_SETTINGS.fields, ...data.fields },
  };
}

/** The settings the core needs, given the daily-note configuration in force. */
export function coreSettings(settings: RapportSettings, fromObsidian: DailyNoteConfig): CoreSettings {
  const { newPersonFolder: _folder, dailyNotesFromObsidian, dailyNotesFolder, dailyNotesFormat, ...core } = settings;
  const dailyNotes = dailyNotesFromObsidian ? fromObsidian : { folder: dailyNotesFolder, format: dailyNotesFormat || DEFAULT_DAILY_NOTES.format };
  return withDefaults({ ...core, dailyNotes });
}
