/**
 * The one reader of a line's inline Markdown: code spans, wikilinks, Markdown links to notes and
 * hashtags, as Obsidian shows them. Every scan is linear in the line's length: a line of user text can
 * be megabytes of backticks or brackets, and a pattern that backtracks over it would stall the app.
 * Code spans follow CommonMark: a run of N backticks opens a span that the next run of exactly N closes;
 * a run that is never closed is plain text.
 */
import { withoutMdExtension } from "./note-name";

export interface InlineLink {
  /** Where the whole link is in the line: `[[...]]`, `![[...]]` or `[...](...)`. */
  start: number;
  end: number;
  /** The note it names, as written: path or base name, without `#heading`, `|display` or `.md`. */
  target: string;
  /** Its text as shown: the display text, else the note's name. */
  shown: string;
  /** `![[...]]` or `![...](...)`: an embed shows the note, it does not link to it. */
  embed: boolean;
}

export interface InlineTokens {
  /** Links to notes outside code, in order (embeds included: see `embed`). */
  links: InlineLink[];
  /** Hashtags outside code, without `#`; a number alone (`#2026`) is not a tag. */
  tags: string[];
}

const BACKTICK = 96;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const BANG = 33;
const LESS = 60;
const TAG = /(^|\s)#([\p{L}\p{N}_/-]+)/gu;

export function scanInline(line: string): InlineTokens {
  // Most lines have neither links nor tags; the checks below cost far less than a scan.
  const mayWikilink = line.includes("[[");
  const mayMarkdownLink = line.includes("](");
  const mayTag = line.includes("#");
  if (!mayWikilink && !mayMarkdownLink && !mayTag) return { links: [], tags: [] };
  const visible = line.includes("`") ? withoutCode(line) : line;
  const links = mayWikilink ? wikilinks(visible) : [];
  if (mayMarkdownLink) links.push(...markdownLinks(visible));
  if (mayWikilink && mayMarkdownLink) links.sort((a, b) => a.start - b.start);
  return { links, tags: mayTag ? tags(visible) : [] };
}

/** `line` with each code span blanked out (same length, so positions stay). */
export function withoutCode(line: string): string {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < line.length; ) {
    if (line.charCodeAt(i) !== BACKTICK) {
      i++;
      continue;
    }
    const start = i;
    while (line.charCodeAt(i) === BACKTICK) i++;
    runs.push({ start, length: i - start });
  }
  // For each length, the runs of that length in order, and how far a search through them has come.
  const byLength = new Map<number, { at: number[]; next: number }>();
  runs.forEach((run, index) => {
    const same = byLength.get(run.length);
    if (same) same.at.push(index);
    else byLength.set(run.length, { at: [index], next: 0 });
  });
  let out = "";
  let copied = 0;
  for (let r = 0; r < runs.length; r++) {
    const open = runs[r] as { start: number; length: number };
    const same = byLength.get(open.length) as { at: number[]; next: number };
    while (same.next < same.at.length && (same.at[same.next] as number) <= r) same.next++;
    if (same.next === same.at.length) continue; // never closed: plain backticks
    const closeIndex = same.at[same.next] as number;
    const close = runs[closeIndex] as { start: number; length: number };
    const end = close.start + close.length;
    out += line.slice(copied, open.start) + " ".repeat(end - open.start);
    copied = end;
    r = closeIndex;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** `[[target|display]]`: no bracket inside, and the first `]` is the first of `]]`. */
function wikilinks(text: string): InlineLink[] {
  const links: InlineLink[] = [];
  for (let open = text.indexOf("[["); open >= 0; ) {
    let end = open + 2;
    while (end < text.length && text.charCodeAt(end) !== OPEN_BRACKET && text.charCodeAt(end) !== CLOSE_BRACKET) end++;
    if (end === open + 2 || text.charCodeAt(end) !== CLOSE_BRACKET || text.charCodeAt(end + 1) !== CLOSE_BRACKET) {
      open = text.indexOf("[[", open + 1);
      continue;
    }
    const inner = text.slice(open + 2, end);
    const bar = inner.indexOf("|");
    const written = bar < 0 ? inner : inner.slice(0, bar);
    const target = linkTarget(written);
    if (target !== "") {
      const display = bar < 0 ? "" : inner.slice(bar + 1).trim();
      const embed = text.charCodeAt(open - 1) === BANG;
      links.push({ start: embed ? open - 1 : open, end: end + 2, target, shown: display || nameOf(target), embed });
    }
    open = text.indexOf("[[", end + 2);
  }
  return links;
}

/**
 * `[text](href)` where href names a note: a vault path, `%20`-encoded or in `<...>`, ending `.md` or
 * with no extension; not a URL. One pass: `lastOpen` is the latest `[` not yet closed, and the href
 * after a `](` is read up to its first delimiter, so no character is read twice by the inner scans.
 */
function markdownLinks(text: string): InlineLink[] {
  const links: InlineLink[] = [];
  let lastOpen = -1;
  // The first ">" at or after where the last search began: found once, not once per link.
  let nextGreater = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACKET) lastOpen = i;
    if (c !== CLOSE_BRACKET) continue;
    const open = lastOpen;
    lastOpen = -1;
    if (open < 0 || text.charCodeAt(i + 1) !== OPEN_PAREN) continue;
    let href: string;
    let end: number;
    if (text.charCodeAt(i + 2) === LESS) {
      if (nextGreater <= i + 2) {
        const found = text.indexOf(">", i + 3);
        nextGreater = found < 0 ? Infinity : found;
      }
      if (nextGreater === Infinity || text.charCodeAt(nextGreater + 1) !== CLOSE_PAREN) continue;
      href = text.slice(i + 3, nextGreater);
      end = nextGreater + 2;
    } else {
      let j = i + 2;
      while (j < text.length && !isHrefDelimiter(text.charCodeAt(j))) j++;
      if (j === i + 2 || text.charCodeAt(j) !== CLOSE_PAREN) continue;
      href = text.slice(i + 2, j);
      end = j + 1;
    }
    const target = noteHref(href);
    if (target === null) continue;
    const embed = text.charCodeAt(open - 1) === BANG;
    links.push({ start: embed ? open - 1 : open, end, target, shown: text.slice(open + 1, i).trim() || nameOf(target), embed });
  }
  return links;
}

function isHrefDelimiter(c: number): boolean {
  return c === OPEN_PAREN || c === CLOSE_PAREN || c === 32 || c === 9;
}

/** The note an href names, or null for a URL or a file that is not a note. */
function noteHref(href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  const path = href.split("#")[0] ?? "";
  if (/\.[a-z0-9]+$/i.test(path) && !/\.md$/i.test(path)) return null;
  const target = linkTarget(safeDecode(href));
  return target === "" ? null : target;
}

/** The note a link names: without `#heading` and `.md`; "" when it names none (`[[#Heading]]`). */
function linkTarget(written: string): string {
  const hash = written.indexOf("#");
  return withoutMdExtension((hash < 0 ? written : written.slice(0, hash)).trim());
}

/** A note's name as a link shows it: the last part of its path. */
function nameOf(target: string): string {
  return target.slice(target.lastIndexOf("/") + 1);
}

function tags(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = m[2] as string;
    if (!/^\d+$/.test(tag)) found.push(tag);
  }
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
