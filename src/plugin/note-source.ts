/** A vault note as the core wants it, from Obsidian's metadata cache and the note's text. */
import type { CachedMetadata } from "obsidian";
import { bodyOf, frontmatterBlock } from "../core/parse/frontmatter-block";
import type { SourceNote } from "../core/parse/note";
import type { Frontmatter } from "../core/parse/person";

/** The note's frontmatter as Obsidian parsed it, or null. */
export function cachedFrontmatter(cache: CachedMetadata | null): Frontmatter | null {
  const fm = cache?.frontmatter;
  if (!fm) return null;
  // Older Obsidian versions put the block's position inside the frontmatter object.
  const { position: _position, ...data } = fm;
  return data;
}

export function toSourceNote(path: string, text: string, cache: CachedMetadata | null): SourceNote {
  const block = frontmatterBlock(text);
  if (!block) return { path, frontmatter: null, ...bodyOf(text) };
  const frontmatter = cachedFrontmatter(cache);
  if (frontmatter === null && block.yaml.trim() !== "") {
    // Obsidian keeps no frontmatter for a block whose YAML does not parse.
    const frontmatterProblem = { path, line: 1, message: "frontmatter is not valid YAML" };
    return { path, frontmatter: null, frontmatterProblem, body: block.body, bodyLine: block.bodyLine };
  }
  return { path, frontmatter: frontmatter ?? {}, body: block.body, bodyLine: block.bodyLine, yaml: block.yaml };
}

/** A note Rapport does not need to read: known by path and frontmatter only, so links can resolve to it. */
export function unreadNote(path: string, cache: CachedMetadata | null): SourceNote {
  return { path, frontmatter: cachedFrontmatter(cache), body: "", bodyLine: 0 };
}
