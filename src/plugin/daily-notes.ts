/** Today's daily note: where Obsidian's Daily notes (or Periodic Notes) settings say, from its template. */
import { moment, normalizePath, type App, type TFile } from "obsidian";
import { DAILY_NOTE_FILES, dailyNoteSetupFrom, type DailyNoteSetup } from "../core/parse/daily-note-config";
import { vaultPath } from "../core/edit/vault-path";
import { TEMPLATE_FILES, templateFoldersFrom } from "../core/parse/template-folders";
import { ISO_DATE_FORMAT } from "../core/calendar/dates";

/** What Rapport reads from the vault's other settings: where daily notes are, and where templates are. */
export interface ObsidianSetup {
  dailyNotes: DailyNoteSetup;
  templateFolders: string[];
}

/** The daily-note setup and the template folders, from the settings files in the vault's config folder. */
export async function readObsidianSetup(app: App): Promise<ObsidianSetup> {
  const adapter = app.vault.adapter;
  const parsed = new Map<string, unknown>();
  for (const file of [...Object.values(DAILY_NOTE_FILES), ...Object.values(TEMPLATE_FILES)]) {
    const path = normalizePath(`${app.vault.configDir}/${file}`);
    try {
      if (await adapter.exists(path)) parsed.set(file, JSON.parse(await adapter.read(path)));
    } catch {
      // A settings file that does not parse is as good as absent: the defaults apply.
    }
  }
  const readJson = (file: string) => parsed.get(file);
  return { dailyNotes: dailyNoteSetupFrom(readJson), templateFolders: templateFoldersFrom(readJson) };
}

/** Which settings the daily-note setup came from, for notices that name them. */
export type DailyNoteSettings = DailyNoteSetup & { from: string };

export type TodaysNote = { file: TFile } | { path: string; template: string } | { problem: string };

/** Today's daily note, or where to create it and from which template text, or why it cannot be. */
export async function todaysNote(app: App, config: DailyNoteSettings): Promise<TodaysNote> {
  const today = moment();
  const where = vaultPath(`${config.folder}/${today.format(config.format)}.md`);
  if ("problem" in where) return { problem: `its folder "${config.folder}" and format "${config.format}" (${config.from}) give a path Rapport will not write: ${where.problem}` };
  const existing = app.vault.getFileByPath(where.path);
  if (existing) return { file: existing };
  if (app.vault.getFolderByPath(where.path)) return { problem: `a folder is named ${where.path}, as today's note would be` };
  return { path: where.path, template: await templateText(app, config, today, where.path) };
}

/** The template's text with the core Templates plugin's {{date}}, {{time}} and {{title}} filled in. */
async function templateText(app: App, config: DailyNoteSettings, day: moment.Moment, path: string): Promise<string> {
  if (config.template === "") return "";
  const where = vaultPath(config.template.endsWith(".md") ? config.template : `${config.template}.md`);
  const file = "path" in where ? app.vault.getFileByPath(where.path) : null;
  if (!file) return "";
  const title = path.slice(path.lastIndexOf("/") + 1, -".md".length);
  return (await app.vault.cachedRead(file))
    .replace(/{{\s*(?:date|time)\s*:([^}]*)}}/gi, (_m, format: string) => day.format(format.trim()))
    .replace(/{{\s*date\s*}}/gi, day.format(ISO_DATE_FORMAT))
    .replace(/{{\s*time\s*}}/gi, day.format("HH:mm"))
    .replace(/{{\s*title\s*}}/gi, title);
}
