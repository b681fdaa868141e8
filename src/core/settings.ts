/** What the core needs to know about the user's choices. Passed in; the core keeps no global settings. */
export interface FieldNames {
  type: string;
  tags: string;
  aliases: string;
  cadence: string;
  birthday: string;
  lastContact: string;
  snoozeUntil: string;
  groups: string;
}

export interface DailyNoteConfig {
  /** Vault-relative folder, no leading or trailing slash; "" is the vault root. */
  folder: string;
  /** A moment.js format; slashes make sub-folders. */
  format: string;
}

export interface CoreSettings {
  /** A note is a person when its `type` field equals this (case-insensitive)... */
  personType: string;
  /** ...or when its tags include this... */
  personTag: string;
  /** ...or when it lies in this folder ("" for none). */
  personFolder: string;
  fields: FieldNames;
  dailyNotes: DailyNoteConfig;
  /** Cadence for people whose note has none; "" means they are not tracked. */
  defaultCadence: string;
  /** "Due soon" look-ahead, in days, inclusive. */
  dueSoonDays: number;
  /** Birthday look-ahead, in days, inclusive. */
  birthdayDays: number;
  /** A commitment with this tag is owed to me rather than by me. */
  waitingTag: string;
}

export const DEFAULT_DAILY_NOTES: DailyNoteConfig = { folder: "", format: "YYYY-MM-DD" };

export const DEFAULT_SETTINGS: CoreSettings = {
  personType: "person",
  personTag: "person",
  personFolder: "",
  fields: {
    type: "type",
    tags: "tags",
    aliases: "aliases",
    cadence: "cadence",
    birthday: "birthday",
    lastContact: "last_contact",
    snoozeUntil: "snooze_until",
    groups: "groups",
  },
  dailyNotes: DEFAULT_DAILY_NOTES,
  defaultCadence: "",
  dueSoonDays: 7,
  birthdayDays: 14,
  waitingTag: "waiting",
};

/** Settings with every missing value taken from the defaults (settings files from older versions lack fields). */
export function withDefaults(partial: Partial<CoreSettings> = {}): CoreSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    fields: { ...DEFAULT_SETTINGS.fields, ...partial.fields },
    dailyNotes: { ...DEFAULT_SETTINGS.dailyNotes, ...partial.dailyNotes },
  };
}
