/** What the core needs to know about the user's choices. Passed in; the core keeps no global settings. */
export interface FieldNames {
  tags: string;
  aliases: string;
  cadence: string;
  birthday: string;
  lastContact: string;
  snoozeUntil: string;
  groups: string;
  /** A person's own number of days to reply within (`reply_within: 1`). */
  replyWithin: string;
}

export interface DailyNoteConfig {
  /** Vault-relative folder, no leading or trailing slash; "" is the vault root. */
  folder: string;
  /** A moment.js format; slashes make sub-folders. */
  format: string;
}

/**
 * A note is a person when its `property` holds `value`: a single value or one of a list, written as
 * text (`type: person`) or as a link (`categories: ["[[People]]"]`), compared by name, in any case.
 */
export interface PersonRule {
  property: string;
  value: string;
}

export interface CoreSettings {
  /** A note is a person when one of these holds... */
  personRules: PersonRule[];
  /** ...or when its tags include this one (or one under it: `person/family`)... */
  personTag: string;
  /** ...or when it lies in this folder ("" for none). */
  personFolder: string;
  fields: FieldNames;
  dailyNotes: DailyNoteConfig;
  /** Properties of a dated note that list the people it was with (a meeting's attendees). */
  peopleProperties: string[];
  /** A note whose file name starts with an ISO date is dated by it, when nothing else dates it. */
  datedByFileName: boolean;
  /** Folders whose notes are not notes to Rapport: the templates folders of the Templates and Templater plugins. */
  ignoredFolders: string[];
  /** Names that link no note and that the user said are not people: not listed as names that may be. */
  ignoredNames: string[];
  /** Cadence for people whose note has none; "" means they are not tracked. */
  defaultCadence: string;
  /** "Due soon" look-ahead, in days, inclusive. */
  dueSoonDays: number;
  /** Birthday look-ahead, in days, inclusive. */
  birthdayDays: number;
  /** A commitment with this tag is owed to me rather than by me. */
  waitingTag: string;
  /** An interaction with this tag means they asked me something: I owe a reply. */
  replyTag: string;
  /** Days to reply within, unless the person's note says otherwise. */
  replyWithinDays: number;
  /** Whether help received (a kept `#waiting` promise, a `#helped` interaction) asks for a thank-you. */
  thanksLoop: boolean;
  /** An interaction with this tag is help received. */
  helpedTag: string;
  /** An interaction with this tag is a thank-you. */
  thanksTag: string;
  /** Days after a first meeting that a follow-up is due; 0 for none. */
  newAcquaintanceDays: number;
  /** Read a task's due date from its words ("by Friday") when it has no 📅 or `due::`. */
  plainWordDates: boolean;
  /** A group's cadence, by group name, for members whose note has none ("clients" -> "every month"). */
  groupCadences: Record<string, string>;
}

export const DEFAULT_DAILY_NOTES: DailyNoteConfig = { folder: "", format: "YYYY-MM-DD" };

export const DEFAULT_PERSON_RULES: PersonRule[] = [
  { property: "type", value: "person" },
  { property: "categories", value: "[[People]]" },
];

export const DEFAULT_SETTINGS: CoreSettings = {
  personRules: DEFAULT_PERSON_RULES,
  personTag: "person",
  personFolder: "",
  fields: {
    tags: "tags",
    aliases: "aliases",
    cadence: "cadence",
    birthday: "birthday",
    lastContact: "last_contact",
    snoozeUntil: "snooze_until",
    groups: "groups",
    replyWithin: "reply_within",
  },
  dailyNotes: DEFAULT_DAILY_NOTES,
  peopleProperties: ["people", "attendees", "participants"],
  datedByFileName: true,
  ignoredFolders: [],
  ignoredNames: [],
  defaultCadence: "",
  dueSoonDays: 7,
  birthdayDays: 14,
  waitingTag: "waiting",
  replyTag: "asked",
  replyWithinDays: 2,
  thanksLoop: true,
  helpedTag: "helped",
  thanksTag: "thanks",
  newAcquaintanceDays: 3,
  plainWordDates: true,
  groupCadences: {},
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

/** Whether `path` lies in one of the folders Rapport does not read (templates). */
export function isIgnoredPath(path: string, settings: CoreSettings): boolean {
  return settings.ignoredFolders.some((folder) => folder !== "" && path.startsWith(`${folder}/`));
}
