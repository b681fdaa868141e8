/**
 * MetadataCache computed from the vault's own files, as Obsidian computes it: frontmatter (dates stay
 * strings), its position, the links outside code, and resolvedLinks/unresolvedLinks. It re-reads a file
 * after the vault changes it and then fires 'changed' with the file, its text and its cache.
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
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: { start: Pos; end: Pos };
  sections?: Array<{ type: string; position: { start: Pos; end: Pos } }>;
  links?: LinkCache[];
}

const pos = (line: number): Pos => ({ line, col: 0, offset: 0 });

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
        }
      } catch {
        // Obsidian keeps no frontmatter for YAML it cannot parse.
      }
    }
  }
  const links: LinkCache[] = [];
  let fence = false;
  lines.forEach((line, i) => {
    if (i < bodyStart) return;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) return;
    const visible = line.replace(/`[^`]*`/g, (code) => " ".repeat(code.length)).replace(/<!--.*?-->|%%.*?%%/g, (c) => " ".repeat(c.length));
    for (const m of visible.matchAll(/(!?)\[\[([^[\]]+?)\]\]/g)) {
      if (m[1] === "!") continue;
      const [link = "", display] = (m[2] ?? "").split("|");
      links.push({ link, original: m[0], displayText: display ?? link, position: { start: pos(i), end: pos(i) } });
    }
  });
  if (links.length > 0) cache.links = links;
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
      for (const link of cache.links ?? []) {
        const target = link.link.split("#")[0] ?? "";
        const dest = this.getFirstLinkpathDest(target, path);
        if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
        else if (target) unresolved[target] = (unresolved[target] ?? 0) + 1;
      }
      this.resolvedLinks[path] = resolved;
      this.unresolvedLinks[path] = unresolved;
    }
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  /** Markdown files by lower-case base name, rebuilt when files come and go. */
  private byName = new Map<string, TFile[]>();
  private namesFor = -1;

  private filesNamed(name: string): TFile[] {
    if (this.namesFor !== this.caches.size) {
      this.byName = new Map();
      for (const f of this.vault.getMarkdownFiles()) this.byName.set(f.basename.toLowerCase(), [...(this.byName.get(f.basename.toLowerCase()) ?? []), f]);
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
}
