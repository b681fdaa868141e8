/**
 * Rapport's saved settings, as the plugin keeps them in `<config>/plugins/rapport/data.json`: the core's
 * settings plus where new notes go and where daily notes come from. The plugin and the CLI both read
 * that file through `loadedSettings`, so one vault gives one answer whichever reads it.
 */
import { DEFAULT_DAILY_NOTES, DEFAULT_PERSON_RULES, DEFAULT_SETTINGS, withDefaults, type CoreSettings, type DailyNoteConfig, type PersonRule } from "./settings";

export interface RapportSettings extends Omit<CoreSettings, "dailyNotes" | "ignoredFolders"> {
  /** Folder for notes made by "Create person note". */
  newPersonFolder: string;
  /** Read the daily-note folder and format from Obsidian (Daily notes or Periodic Notes), or use the two below. */
  dailyNotesFromObsidian: boolean;
  dailyNotesFolder: string;
  dailyNotesFormat: string;
  /** The cadences triage offers on keys 1 to 5. */
  cadencePresets: string[];
  /** The group the sidebar shows ("" for everyone), kept across restarts. */
  groupFilter: string;
}

/** Where the plugin's data lives, relative to the vault's config folder. */
export const SAVED_SETTINGS_FILE = "plugins/rapport/data.json";

const { dailyNotes: _fromCore, ignoredFolders: _derived, ...coreDefaults } = DEFAULT_SETTINGS;

export const DEFAULT_PLUGIN_SETTINGS: RapportSettings = {
  ...coreDefaults,
  newPersonFolder: "People",
  dailyNotesFromObsidian: true,
  dailyNotesFolder: "",
  dailyNotesFormat: DEFAULT_DAILY_NOTES.format,
  cadencePresets: ["every 2 weeks", "every month", "every 3 months", "every 6 months", "every year"],
  groupFilter: "",
};

/**
 * Saved data from any earlier version, completed with defaults. A value of the wrong type (a number
 * saved as text by hand, say) is replaced by its default rather than trusted.
 */
export function loadedSettings(saved: unknown): RapportSettings {
  const data = asRecord(saved);
  const settings = { ...DEFAULT_PLUGIN_SETTINGS } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(DEFAULT_PLUGIN_SETTINGS)) {
    const value = data[key];
    if (typeof fallback !== "object" && typeof value === typeof fallback && (typeof value !== "number" || Number.isFinite(value))) settings[key] = value;
  }
  const fields = asRecord(data.fields);
  settings.fields = Object.fromEntries(Object.entries(DEFAULT_PLUGIN_SETTINGS.fields).map(([key, fallback]) => [key, nonEmptyText(fields[key]) ?? fallback]));
  settings.peopleProperties = textList(data.peopleProperties) ?? DEFAULT_PLUGIN_SETTINGS.peopleProperties;
  settings.ignoredNames = textList(data.ignoredNames) ?? [];
  settings.cadencePresets = textList(data.cadencePresets) ?? DEFAULT_PLUGIN_SETTINGS.cadencePresets;
  settings.personRules = personRules(data) ?? DEFAULT_PERSON_RULES;
  settings.groupCadences = textRecord(data.groupCadences) ?? {};
  // A number of days is a whole number, never below zero: anything else is its default.
  for (const key of DAY_COUNTS) if (!isDayCount(settings[key])) settings[key] = DEFAULT_PLUGIN_SETTINGS[key];
  return settings as unknown as RapportSettings;
}

/**
 * The saved person rules; from a version before them, the one rule its type property and person type
 * made (with the categories rule beside it); null when none was saved.
 */
function personRules(data: Record<string, unknown>): PersonRule[] | null {
  if (Array.isArray(data.personRules)) {
    const rules = data.personRules.map(asRecord).flatMap((rule) => {
      const property = nonEmptyText(rule.property);
      const value = nonEmptyText(rule.value);
      return property && value ? [{ property, value }] : [];
    });
    return rules.length > 0 ? rules : null;
  }
  const type = nonEmptyText(asRecord(data.fields).type);
  const value = nonEmptyText(data.personType);
  if (type === null && value === null) return null;
  return [{ property: type ?? "type", value: value ?? "person" }, ...DEFAULT_PERSON_RULES.filter((rule) => rule.property !== (type ?? "type"))];
}

/** The settings the core needs, given the daily-note configuration in force and the template folders. */
export function coreSettings(settings: RapportSettings, fromObsidian: DailyNoteConfig, ignoredFolders: string[] = []): CoreSettings {
  const { newPersonFolder: _folder, cadencePresets: _presets, groupFilter: _group, dailyNotesFromObsidian, dailyNotesFolder, dailyNotesFormat, ...core } = settings;
  const dailyNotes = dailyNotesFromObsidian ? fromObsidian : { folder: dailyNotesFolder, format: dailyNotesFormat || DEFAULT_DAILY_NOTES.format };
  return withDefaults({ ...core, dailyNotes, ignoredFolders });
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The settings that count days, checked beyond their type. */
const DAY_COUNTS = ["replyWithinDays", "newAcquaintanceDays"] as const;

function isDayCount(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** A map of names to text (group -> cadence); entries of another type are left out, null when it is no map. */
function textRecord(value: unknown): Record<string, string> | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[0].trim() !== ""));
}

function textList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : null;
}
