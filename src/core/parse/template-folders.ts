/**
 * The folders that hold templates, from the settings of the core Templates plugin
 * (`<config>/templates.json`) and of Templater (its saved `templates_folder`). A template is not a note:
 * `date: {{date}}` in one is a placeholder, not a date, and nothing in it is a problem.
 */
import { normaliseFolder } from "./daily-note-config";

export const TEMPLATE_FILES = {
  templates: "templates.json",
  templater: "plugins/templater-obsidian/data.json",
} as const;

/** The template folders, given the parsed JSON of each of `TEMPLATE_FILES` (undefined when absent or broken). */
export function templateFoldersFrom(readJson: (file: string) => unknown): string[] {
  const folders = [field(readJson(TEMPLATE_FILES.templates), "folder"), field(readJson(TEMPLATE_FILES.templater), "templates_folder")];
  return [...new Set(folders.filter((folder): folder is string => folder !== null))];
}

function field(data: unknown, key: string): string | null {
  const value = data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
  const folder = typeof value === "string" ? normaliseFolder(value) : "";
  return folder === "" ? null : folder;
}
