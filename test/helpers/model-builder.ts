/** Small builders for core tests: notes as text, read by the same frontmatter code the CLI uses. */
import { noteFromGrayMatter } from "../../src/cli/frontmatter";
import { momentDateParser } from "../../src/cli/read-vault";
import { Model } from "../../src/core/index/model";
import { withDefaults, type CoreSettings } from "../../src/core/settings";

export type Files = Record<string, string>;

export function buildModel(files: Files, settings: Partial<CoreSettings> = {}): Model {
  const model = new Model(withDefaults(settings), momentDateParser);
  for (const [path, text] of Object.entries(files)) model.upsert(noteFromGrayMatter(path, text));
  return model;
}

/** A person note's text with the given frontmatter lines. */
export function person(...frontmatter: string[]): string {
  return ["---", "type: person", ...frontmatter, "---", ""].join("\n");
}
