/** A vault note as the core wants it, from Obsidian's metadata cache and the note's text. */
import { parseYaml, type CachedMetadata } from "obsidian";
import { bodyOf, frontmatterBlock } from "../core/parse/frontmatter-block";
import type { SourceNote } from "../core/parse/note";
import type { Frontmatter } from "../core/parse/person";
import { yamlProblem } from "../core/parse/yaml-problem";

/** The note's frontmatter as Obsidian parsed it, or null. */
export function cachedFrontmatter(cache: CachedMetadata | null): Frontmatter | null {
  const fm = cache?.frontmatter;
  if (!fm) return null;
  // Older Obsidian versions put the block's position inside the frontmatter object.
  const { position: _position, ...data } = fm;
  return data;
}

/**
 * Whether the note opens with a frontmatter block that Obsidian kept no properties for: one that is
 * empty, or whose YAML does not parse (its cache then has a "yaml" section and no frontmatter).
 */
export function hasUnreadFrontmatter(cache: CachedMetadata | null): boolean {
  return !cache?.frontmatter && cache?.sections?.[0]?.type === "yaml";
}

/**
 * The note's source for the core. Frontmatter comes from Obsidian's cache; for a block the cache has no
 * properties for, the YAML is parsed here, as the CLI would (with the same test of whether it can
 * matter), so that the problem names its line and the two report the same.
 */
export function noteFromMetadataCache(path: string, text: string, cache: CachedMetadata | null, mayMatter: (path: string, yaml: string) => boolean): SourceNote {
  const block = frontmatterBlock(text);
  if (!block) return { path, frontmatter: null, ...bodyOf(text) };
  const { body, bodyLine, yaml } = block;
  const frontmatter = cachedFrontmatter(cache);
  if (frontmatter !== null || yaml.trim() === "") return { path, frontmatter: frontmatter ?? {}, body, bodyLine, yaml };
  if (!mayMatter(path, yaml)) return { path, frontmatter: null, body, bodyLine };
  try {
    const data: unknown = parseYaml(yaml);
    const parsed = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Frontmatter) : null;
    return { path, frontmatter: parsed, body, bodyLine, yaml };
  } catch (error) {
    // The parser's line 0 is the line after the opening `---`: the file's line 2.
    return { path, frontmatter: null, frontmatterProblem: yamlProblem(path, error, 2, bodyLine), body, bodyLine };
  }
}

/** A note Rapport does not need to read: known by path and frontmatter only, so links can resolve to it. */
export function unreadNote(path: string, cache: CachedMetadata | null): SourceNote {
  return { path, frontmatter: cachedFrontmatter(cache), body: "", bodyLine: 0 };
}
