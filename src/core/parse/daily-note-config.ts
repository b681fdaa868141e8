/**
 * Where the vault keeps its daily notes, read from Obsidian's own settings files: the Daily Notes core
 * plugin (`.obsidian/daily-notes.json`) or, when it is enabled, the Periodic Notes plugin
 * (`.obsidian/plugins/periodic-notes/data.json`), in its older flat layout (`daily: {...}`) or its newer
 * "calendar sets" layout. Both the plugin and the CLI read the files; this decides what they mean.
 */
import { DEFAULT_DAILY_NOTES, type DailyNoteConfig } from "../settings";

export interface DailyNoteSources {
  dailyNotes?: unknown;
  periodicNotes?: unknown;
  periodicNotesEnabled?: boolean;
}

/** The settings files to read, relative to the vault's config folder (`.obsidian`). */
export const DAILY_NOTE_FILES = {
  dailyNotes: "daily-notes.json",
  periodicNotes: "plugins/periodic-notes/data.json",
  communityPlugins: "community-plugins.json",
} as const;

/** The setup, given the parsed JSON of each of `DAILY_NOTE_FILES` (undefined when absent or broken). */
export function dailyNoteSetupFrom(readJson: (file: string) => unknown): DailyNoteSetup {
  const communityPlugins = readJson(DAILY_NOTE_FILES.communityPlugins);
  return dailyNoteConfigFrom({
    dailyNotes: readJson(DAILY_NOTE_FILES.dailyNotes),
    periodicNotes: readJson(DAILY_NOTE_FILES.periodicNotes),
    periodicNotesEnabled: Array.isArray(communityPlugins) && communityPlugins.includes("periodic-notes"),
  });
}

/** Folder and format, plus the template new daily notes start from ("" for none). */
export interface DailyNoteSetup extends DailyNoteConfig {
  template: string;
}

export function dailyNoteConfigFrom(sources: DailyNoteSources): DailyNoteSetup {
  const periodic = sources.periodicNotesEnabled ? periodicDailySettings(sources.periodicNotes) : null;
  const chosen = periodic ?? asRecord(sources.dailyNotes);
  return {
    folder: normaliseFolder(stringOr(chosen?.folder, DEFAULT_DAILY_NOTES.folder)),
    format: stringOr(chosen?.format, DEFAULT_DAILY_NOTES.format),
    // Daily Notes calls it `template`, Periodic Notes `templatePath`.
    template: stringOr(chosen?.template ?? chosen?.templatePath, ""),
  };
}

function periodicDailySettings(data: unknown): Record<string, unknown> | null {
  const root = asRecord(data);
  if (!root) return null;
  const sets = Array.isArray(root.calendarSets) ? root.calendarSets.map(asRecord) : [];
  const active = sets.find((set) => set?.id === root.activeCalendarSet) ?? sets[0];
  const daily = asRecord(active ? active.day : root.daily);
  return daily && daily.enabled !== false ? daily : null;
}

export function normaliseFolder(folder: string): string {
  return folder.trim().replace(/^\/+|\/+$/g, "");
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : fallback;
}
