/**
 * Frontmatter outside Obsidian, with gray-matter, configured so that frontmatter is data, never code:
 * - no JavaScript engine (gray-matter would evaluate a `---js` block: CVE-2022-25863);
 * - a YAML engine on the core schema, which keeps `1975-03-12` a string (the default schema makes it
 *   a UTC `Date`, a day early when shown west of UTC);
 * - always an options object: without one gray-matter caches every input it ever saw.
 * A note whose first line is `---` but that never closes it has no frontmatter, as in Obsidian.
 * `wanted` lets the caller leave a block unparsed when it cannot matter (see core/frontmatter-relevance):
 * such a note reads as one without frontmatter, and YAML errors in it are not reported.
 */
import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { yamlProblem } from "../core/parse/yaml-problem";
import { bodyOf, frontmatterBlock } from "../core/parse/frontmatter-block";
import type { SourceNote } from "../core/parse/note";
import type { Frontmatter } from "../core/parse/person";

const refuseCode = () => {
  throw new Error("JavaScript frontmatter is not evaluated");
};

const MATTER_OPTIONS = {
  engines: {
    yaml: (text: string) => load(text, { schema: CORE_SCHEMA }) ?? {},
    js: refuseCode,
    javascript: refuseCode,
  },
};

export function noteFromGrayMatter(path: string, text: string, wanted: (path: string, yaml: string) => boolean = () => true): SourceNote {
  const block = frontmatterBlock(text);
  if (!block) return { path, frontmatter: null, ...bodyOf(text) };
  const { body, bodyLine } = block;
  if (!wanted(path, block.yaml)) return { path, frontmatter: null, body, bodyLine };
  try {
    const data: unknown = matter(`---\n${block.yaml}\n---\n`, MATTER_OPTIONS).data;
    const frontmatter = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Frontmatter) : null;
    return { path, frontmatter, body, bodyLine, yaml: block.yaml };
  } catch (error) {
    // gray-matter hands the engine the YAML from the line break after the opening `---`: the parser's
    // line 1 is the file's line 2, so its line 0 is the file's line 1.
    return { path, frontmatter: null, frontmatterProblem: yamlProblem(path, error, 1, bodyLine), body, bodyLine };
  }
}
