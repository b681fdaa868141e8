/**
 * MetadataCache computed from the vault's own files, as Obsidian computes it: frontmatter (dates stay
 * strings), its position and its links, the links and embeds outside code and comments, and
 * resolvedLinks/unresolvedLinks. It re-reads a file after the vault changes it and then fires 'changed'
 * with the file, its text and its cache.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { Events } from "./events";
import { TFile, type Vault } from "./vault";

interface Pos {
  line: number;
  col: number;
  offset: number;
}
export interface LinkCache {
  link: string;
  original: string;
  displayText?: string;
  position: { start: Pos; end: Pos };
}
export interface FrontmatterLinkCache {
  key: string;
  link: string;
  original: string;
  displayText?: string;
}
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: Pos; end: Pos };
  frontmatterLinks?: FrontmatterLinkCache[];
  sections?: Array<{ type: string; position: { start: Pos; end: Pos } }>;
  links?: LinkCache[];
  embeds?: LinkCache[];
}

const pos = (line: number): Pos => ({ line, col: 0, offset: 0 });
const blank = (text: string): string => " ".repeat(text.length);

/** `[[target#heading|display]]` as Obsidian reads it. */
function wikilink(inner: string): { link: string; displayText: string } {
  // The first "|" after the target starts the display text; a "|" that opens the link is part of the target.
  const bar = inner.indexOf("|", 1);
  if (bar > 0) return { link: inner.slice(0, bar), displayText: inner.slice(bar + 1) };
  // Without display text Obsidian shows the target with each "#" as " > ", and none in front.
  return { link: inner, displayText: inner.split("#").filter(Boolean).join(" > ") };
}

/** A Markdown link's target as Obsidian keeps it: percent-decoded, or as written when that fails. */
function decoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Wikilinks, and Markdown links whose target is in <...> or has no space; "!" in front makes an embed. */
const LINK = /(!?)(?:\[\[([^[\]]+?)\]\]|\[([^[\]]*)\]\((?:<([^<>]*)>|([^()\s]*))\))/g;

/** Obsidian lists a property whose value, or one of whose list items, is a wikilink; a list item's key ends in its index. */
function frontmatterLinks(data: Record<string, unknown>): FrontmatterLinkCache[] {
  const found: FrontmatterLinkCache[] = [];
  for (const [key, value] of Object.entries(data)) {
    const entries = Array.isArray(value) ? value.map((item: unknown, n) => [`${key}.${n}`, item] as const) : [[key, value] as const];
    for (const [k, v] of entries) {
      const inner = typeof v === "string" ? /^\[\[([^[\]]+?)\]\]$/.exec(v)?.[1] : undefined;
      if (inner !== undefined) found.push({ key: k, original: `[[${inner}]]`, ...wikilink(inner) });
    }
  }
  return found;
}

export function computeCache(text: string): CachedMetadata {
  const cache: CachedMetadata = {};
  // As Obsidian: a byte-order mark is not text, and a line ends at \n, \r\n or a lone \r.
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n?|\n/);
  let bodyStart = 0;
  if (/^---\s*$/.test(lines[0] ?? "")) {
    const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
    if (end > 0) {
      bodyStart = end + 1;
      // As Obsidian: the block is a "yaml" section whether or not its YAML parses; an empty or broken
      // block has no frontmatter and no frontmatterPosition.
      cache.sections = [{ type: "yaml", position: { start: pos(0), end: pos(end) } }];
      try {
        const data = load(lines.slice(1, end).join("\n"), { schema: CORE_SCHEMA });
        if (data && typeof data === "object" && !Array.isArray(data) && Object.keys(data).length > 0) {
          cache.frontmatter = data as Record<string, unknown>;
          cache.frontmatterPosition = { start: pos(0), end: pos(end) };
          // Frontmatter links are listed apart from the body's links, but count in resolvedLinks.
          const fmLinks = frontmatterLinks(cache.frontmatter);
          if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
        }
      } catch {
        // Obsidian keeps no frontmatter for YAML it cannot parse.
      }
    }
  }
  const links: LinkCache[] = [];
  const embeds: LinkCache[] = [];
  let closer: RegExp | null = null; // what ends the code block or comment being skipped
  lines.forEach((line, i) => {
    if (i < bodyStart) return;
    if (closer) {
      if (closer.test(line)) closer = null;
      return;
    }
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      closer = new RegExp(`^\\s*${fence}`);
      return;
    }
    // As Obsidian: a %% comment that opens a line and runs on past it hides its lines; a %% comment
    // within one line hides nothing (Obsidian still lists the links in it).
    if (/^\s*%%(?!.*%%)/.test(line)) {
      closer = /%%/;
      return;
    }
    let visible = line.replace(/`[^`]*`/g, blank).replace(/<!--.*?-->/g, blank);
    if (visible.includes("<!--")) {
      visible = visible.slice(0, visible.indexOf("<!--"));
      closer = /-->/;
    }
    for (const m of visible.matchAll(LINK)) {
      const [original, bang, inner, text, bracketed, bare] = m;
      const target = bracketed ?? bare ?? "";
      // An empty Markdown link, or one to a URL, is no link to a note or file.
      if (inner === undefined && (target === "" || /^[a-z][\w+.-]*:/i.test(target))) continue;
      const found = inner !== undefined ? wikilink(inner) : { link: decoded(target), displayText: text ?? "" };
      (bang ? embeds : links).push({ ...found, original, position: { start: pos(i), end: pos(i) } });
    }
  });
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  return cache;
}

export class MetadataCache extends Events {
  private caches = new Map<string, CachedMetadata>();
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};

  constructor(private readonly vault: Vault) {
    super();
    for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeCache(this.text(file)));
    this.resolveAll();
    vault.on("create", (file: TFile) => {
      this.namesFor = -1;
      this.update(file);
    });
    vault.on("modify", (file: TFile) => this.update(file));
    vault.on("rename", (file: TFile, oldPath: string) => {
      this.namesFor = -1;
      this.caches.delete(oldPath);
      delete this.resolvedLinks[oldPath];
      delete this.unresolvedLinks[oldPath];
      this.update(file);
    });
    vault.on("delete", (file: TFile) => {
      this.namesFor = -1;
      this.caches.delete(file.path);
      this.resolveAll();
      this.trigger("deleted", file);
    });
  }

  private text(file: TFile): string {
    return readFileSync(join(this.vault.root, ...file.path.split("/")), "utf8");
  }

  private update(file: TFile): void {
    if (!(file instanceof TFile) || file.extension !== "md") return;
    const text = this.text(file);
    const cache = computeCache(text);
    this.caches.set(file.path, cache);
    this.resolveAll();
    this.trigger("changed", file, text, cache);
    this.trigger("resolved");
  }

  private resolveAll(): void {
    this.resolvedLinks = {};
    this.unresolvedLinks = {};
    for (const [path, cache] of this.caches) {
      const resolved: Record<string, number> = {};
      const unresolved: Record<string, number> = {};
      // As Obsidian: embeds and frontmatter links count too, and a link to a heading or block of the note
      // itself ([[#Heading]]) counts as a link to the note.
      for (const link of [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])]) {
        const target = link.link.split("#")[0] ?? "";
        const dest = target === "" ? path : this.getFirstLinkpathDest(target, path)?.path;
        if (dest) resolved[dest] = (resolved[dest] ?? 0) + 1;
        else unresolved[target] = (unresolved[target] ?? 0) + 1;
      }
      this.resolvedLinks[path] = resolved;
      this.unresolvedLinks[path] = unresolved;
    }
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  /** Files by lower-case name as links name them (a note without `.md`), rebuilt when files come and go. */
  private byName = new Map<string, TFile[]>();
  private namesFor = -1;

  private filesNamed(name: string): TFile[] {
    if (this.namesFor !== this.caches.size) {
      this.byName = new Map();
      // As Obsidian: [[file.pdf]] and ![[image.png]] resolve to the attachment, so every file is named.
      for (const f of this.vault.getFiles()) {
        const key = (f.extension === "md" ? f.basename : f.name).toLowerCase();
        this.byName.set(key, [...(this.byName.get(key) ?? []), f]);
      }
      this.namesFor = this.caches.size;
    }
    return this.byName.get(name) ?? [];
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const wanted = linkpath.split("#")[0]?.replace(/\.md$/i, "").toLowerCase() ?? "";
    if (wanted === "") return null;
    const name = wanted.split("/").pop() ?? wanted;
    const candidates = this.filesNamed(name).filter((f) => !wanted.includes("/") || f.path.toLowerCase().replace(/\.md$/, "").endsWith(wanted));
    const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
    candidates.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
    return candidates.find((f) => f.path.startsWith(folder) && !f.path.slice(folder.length).includes("/")) ?? candidates[0] ?? null;
  }

  /**
   * As Obsidian's "shortest path when possible": the name alone when it leads to this file from
   * `sourcePath`, else the path (without `.md` when asked).
   */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
    if (this.getFirstLinkpathDest(file.basename, sourcePath)?.path === file.path) return name;
    return omitMdExtension && file.extension === "md" ? file.path.slice(0, -".md".length) : file.path;
  }
}
