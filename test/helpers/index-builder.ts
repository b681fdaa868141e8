/** Small builders for core tests: notes as text, read by the same frontmatter code the CLI uses. */
import { toSourceNote } from "../../src/cli/frontmatter";
import { momentDateParser } from "../../src/cli/read-vault";
import { withDefaults, type CoreSettings } from "../../src/core/settings";
import { VaultIndex } from "../../src/core/index/vault-index";

export type Files = Record<string, string>;

export function buildIndex(files: Files, settings: Partial<CoreSettings> = {}): VaultIndex {
  const index = new VaultIndex({ settings: withDefaults(settings), parseDate: momentDateParser });
  for (const [path, text] of Object.entries(files)) index.upsert(toSourceNote(path, text));
  return index;
}

/** A person note's text with the given frontmatter lines. */
export function person(...frontmatter: string[]): string {
  return ["---", "type: person", ...frontmatter, "---", ""].join("\n");
}
