/**
 * Every write Rapport makes. Appends and task edits go through `Vault.process` (atomic, from the current
 * text, never a stale copy), frontmatter through `FileManager.processFrontMatter`. A note whose
 * frontmatter does not parse is never written to, a write that would change nothing is skipped, and a
 * write that fails shows a notice and leaves the note as it was.
 */
import { Notice, type App, type TFile } from "obsidian";
import type { IsoDate } from "../core/calendar/dates";
import { appendLine, markTaskDone } from "../core/edit/note-edit";
import type { Model } from "../core/index/model";

async function guarded<T>(what: string, file: TFile, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    new Notice(`Rapport could not ${what} in ${file.path}: ${(error as Error).message}`);
    return null;
  }
}

/** Appends `line`; returns the 0-based line it landed on, or null when the write failed. */
export function appendToNote(app: App, file: TFile, line: string): Promise<number | null> {
  return guarded("add a line", file, async () => {
    let lineIndex = 0;
    await app.vault.process(file, (text) => {
      const result = appendLine(text, line);
      lineIndex = result.lineIndex;
      return result.text;
    });
    return lineIndex;
  });
}

/** Sets one frontmatter field; false when nothing was written. */
export async function setFrontmatterField(app: App, model: Model, file: TFile, field: string, value: string): Promise<boolean> {
  if (model.get(file.path)?.brokenFrontmatter) {
    new Notice(`Rapport did not change ${file.path}: its frontmatter does not parse. Fix it first.`);
    return false;
  }
  const current: unknown = app.metadataCache.getFileCache(file)?.frontmatter?.[field];
  if (current === value) return false;
  const written = await guarded(`set ${field}`, file, async () => {
    await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
      frontmatter[field] = value;
    });
    return true;
  });
  return written === true;
}

/**
 * Marks the open task on `line` (1-based) done today. `mentions` are the names the task was indexed
 * with: if the note changed meanwhile and the line no longer names them, nothing is written.
 */
export async function markDoneInNote(app: App, file: TFile, line: number, mentions: string[], today: IsoDate): Promise<boolean> {
  let done = false;
  await guarded("mark the task done", file, () =>
    app.vault.process(file, (text) => {
      const lines = text.split("\n");
      const current = lines[line - 1];
      if (current === undefined) return text;
      const ending = current.endsWith("\r") ? "\r" : "";
      const body = ending ? current.slice(0, -1) : current;
      const still = mentions.length === 0 || mentions.some((name) => body.toLowerCase().includes(name.toLowerCase()));
      const marked = still ? markTaskDone(body, today) : null;
      if (marked === null) return text;
      lines[line - 1] = marked + ending;
      done = true;
      return lines.join("\n");
    }),
  );
  if (!done) new Notice(`Rapport found no open task on line ${line} of ${file.path}.`);
  return done;
}
