/** Today's daily note: where Obsidian's Daily notes (or Periodic Notes) settings say, from its template. */
import { moment, normalizePath, type App, type TFile } from "obsidian";
import { DAILY_NOTE_FILES, dailyNoteSetupFrom, type DailyNoteSetup } from "../core/parse/daily-note-config";
import { ISO_DATE_FORMAT } from "../core/calendar/dates";
import type { DailyNoteConfig } from "../core/settings";

/** The daily-note setup from the vault's Obsidian settings files. */
export async function readDailyNoteSetup(app: App): Promise<DailyNoteSetup> {
  const adapter = app.vault.adapter;
  const parsed = new Map<string, unknown>();
  for (const file of Object.values(DAILY_NOTE_FILES)) {
    const path = normalizePath(`${app.vault.configDir}/${file}`);
    try {
      if (await adapter.exists(path)) parsed.set(file, JSON.parse(await adapter.read(path)));
    } catch {
      // A settings file that does not parse is as good as absent: the defaults apply.
    }
  }
  return dailyNoteSetupFrom((file) => parsed.get(file));
}

export function dailyNotePath(config: DailyNoteConfig, day: moment.Moment): string {
  return normalizePath(`${config.folder}/${day.format(config.format)}.md`);
}

/** Today's daily note, created (with its folders and template) when it does not exist yet. */
export async function todaysNote(app: App, config: DailyNoteConfig & { template?: string }): Promise<TFile> {
  const today = moment();
  const path = dailyNotePath(config, today);
  const existing = app.vault.getFileByPath(path);
  if (existing) return existing;
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
  return app.vault.create(path, await templateText(app, config.template ?? "", today, path));
}

/** The template's text with the core Templates plugin's {{date}}, {{time}} and {{title}} filled in. */
async function templateText(app: App, template: string, day: moment.Moment, path: string): Promise<string> {
  if (template === "") return "";
  const file = app.vault.getFileByPath(normalizePath(template.endsWith(".md") ? template : `${template}.md`));
  if (!file) return "";
  const title = path.slice(path.lastIndexOf("/") + 1, -".md".length);
  return (await app.vault.cachedRead(file))
    .replace(/{{\s*date\s*:\s*([^}]+?)\s*}}/gi, (_m, format: string) => day.format(format))
    .replace(/{{\s*time\s*:\s*([^}]+?)\s*}}/gi, (_m, format: string) => day.format(format))
    .replace(/{{\s*date\s*}}/gi, day.format(ISO_DATE_FORMAT))
    .replace(/{{\s*time\s*}}/gi, day.format("HH:mm"))
    .replace(/{{\s*title\s*}}/gi, title);
}
