/**
 * Reads the parts of Markdown Rapport cares about: list items (with their nesting), the links and tags
 * in them, and nothing that Obsidian would not show as a live link. Code blocks, inline code, HTML and
 * `%%` comments, block quotes and embeds are skipped, as Obsidian's own metadata cache skips them.
 */
import { withoutMdExtension } from "./note-name";

export interface ListItem {
  /** 0-based line of the item in the text that was scanned. */
  line: number;
  indent: number;
  /** The character in `[ ]` for a task item (" ", "x", "-", ...), null for a plain item. */
  checkbox: string | null;
  /** The item's first line after its marker and checkbox, comments removed. */
  text: string;
  /**
   * The notes the item's own lines (its first line and continuation lines) link to, as written: path or
   * base name, without `#heading`, `|display` or `.md`.
   */
  links: readonly string[];
  tags: readonly string[];
  /** Index of the enclosing item in the scanned list, or -1. */
  parent: number;
}

const FENCE = /^[ \t\r]*(`{3,}|~{3,})/;
const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\((<[^>]*>|[^()\s]+)\)/g;
const INLINE_CODE = /(`+)[\s\S]*?[^`]\1(?!`)|(`+)[^`]\2(?!`)/g;
const TAG = /(^|\s)#([\p{L}\p{N}_/-]+)/gu;
/** The one empty list of links or tags, shared: most items have no tags, and most lines neither. Never changed. */
const NONE: readonly string[] = Object.freeze([]);
const COMMENT_MARKERS: Array<[open: string, close: string]> = [["<!--", "-->"], ["%%", "%%"]];

/** Lists every list item of `text`, outside code, comments and block quotes. */
export function scanListItems(text: string): ListItem[] {
  const items: ListItem[] = [];
  let open: number[] = [];
  let fence: string | null = null;
  let comment: string | null = null;
  const lines = text.split("\n");
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    let raw = lines[lineNo] as string;
    if (raw.charCodeAt(raw.length - 1) === CR && lineNo < lines.length - 1) raw = raw.slice(0, -1); // \r\n
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && raw.trim().replace(/[`~]/g, "") === "") fence = null;
      continue;
    }
    const lead = firstNonBlank(raw);
    if (lead < 0) continue;
    const leadChar = raw.charCodeAt(lead);
    if (comment === null && (leadChar === BACKTICK || leadChar === TILDE)) {
      const fenceOpen = FENCE.exec(raw);
      if (fenceOpen) {
        fence = fenceOpen[1] as string;
        continue;
      }
    }
    const stripped = stripComments(raw, comment);
    comment = stripped.openComment;
    const line = stripped.visible;
    const start = line === raw ? lead : firstNonBlank(line);
    if (start < 0) continue;
    const first = line.charCodeAt(start);
    if (first === GT) continue; // a block quote or callout
    const content = isListMarkerStart(first) ? itemContent(line, start) : null;
    const indent = start === 0 ? 0 : columns(line.slice(0, start));
    if (content !== null) {
      while (open.length > 0 && (items[open[open.length - 1] as number] as ListItem).indent >= indent) open.pop();
      const box = checkboxLength(content);
      const words = box > 0 ? content.slice(box) : content;
      const { links, tags } = linksAndTags(words);
      items.push({ line: lineNo, indent, checkbox: box > 0 ? content.charAt(1) : null, text: words.trim(), links, tags, parent: open[open.length - 1] ?? -1 });
      open.push(items.length - 1);
      continue;
    }
    const current = items[open[open.length - 1] ?? -1];
    if (current && indent > current.indent) {
      // An indented line under an item continues it: its links belong to the item.
      const more = linksAndTags(line);
      if (more.links.length > 0) current.links = current.links.concat(more.links);
      if (more.tags.length > 0) current.tags = current.tags.concat(more.tags);
    } else {
      open = [];
    }
  }
  return items;
}

/** The links and tags a line shows as live, code spans removed. */
export function linksAndTags(line: string): { links: readonly string[]; tags: readonly string[] } {
  // Most lines have neither; the checks below cost far less than the regular expressions they skip.
  const mayLink = line.includes("[[") || line.includes("](");
  const mayTag = line.includes("#");
  if (!mayLink && !mayTag) return { links: NONE, tags: NONE };
  const visible = line.includes("`") ? line.replace(INLINE_CODE, (code) => " ".repeat(code.length)) : line;
  return { links: mayLink ? extractLinks(visible) : NONE, tags: mayTag ? extractTags(visible) : NONE };
}

export function extractLinks(text: string): readonly string[] {
  const links: string[] = [];
  for (let open = text.indexOf("[["); open >= 0; ) {
    // `[[target|display]]`: no bracket inside; the first `]` must be the first of `]]`.
    let end = open + 2;
    for (let c = text.charCodeAt(end); end < text.length && c !== OPEN_BRACKET && c !== CLOSE_BRACKET; c = text.charCodeAt(++end));
    if (end === open + 2 || text.charCodeAt(end) !== CLOSE_BRACKET || text.charCodeAt(end + 1) !== CLOSE_BRACKET) {
      open = text.indexOf("[[", open + 1);
      continue;
    }
    if (text.charCodeAt(open - 1) !== BANG) {
      const bar = text.indexOf("|", open + 2);
      const target = linkTarget(text.slice(open + 2, bar < 0 || bar > end ? end : bar));
      if (target !== "") links.push(target);
    }
    open = text.indexOf("[[", end + 2);
  }
  if (text.includes("](")) for (const m of text.matchAll(MARKDOWN_LINK)) {
    if (m[1] === "!") continue;
    const href = (m[3] as string).replace(/^<|>$/g, "");
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // a URL, not a note
    if (/\.[a-z0-9]+$/i.test(href.split("#")[0] ?? "") && !/\.md$/i.test(href.split("#")[0] ?? "")) continue;
    const target = linkTarget(safeDecode(href));
    if (target !== "") links.push(target);
  }
  // Exactly as long as it is: the index keeps tens of thousands of these, and a pushed array keeps room for more.
  return links.length === 0 ? NONE : links.slice();
}

/** The note a link names: without `#heading` and `.md`; "" when it names none (`[[#Heading]]`). */
function linkTarget(written: string): string {
  const hash = written.indexOf("#");
  return withoutMdExtension((hash < 0 ? written : written.slice(0, hash)).trim());
}

function extractTags(text: string): readonly string[] {
  const tags: string[] = [];
  for (const m of text.matchAll(TAG)) {
    const tag = m[2] as string;
    if (!/^\d+$/.test(tag)) tags.push(tag);
  }
  return tags.length === 0 ? NONE : tags.slice();
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Removes `<!-- -->` and `%% %%` comments, which may span lines; `openComment` is the closer still awaited. */
function stripComments(line: string, openComment: string | null): { visible: string; openComment: string | null } {
  if (openComment === null && !line.includes("<!--") && !line.includes("%%")) return { visible: line, openComment: null };
  let visible = "";
  let rest = line;
  let awaiting = openComment;
  for (;;) {
    if (awaiting !== null) {
      const end = rest.indexOf(awaiting);
      if (end < 0) return { visible, openComment: awaiting };
      rest = rest.slice(end + awaiting.length);
      awaiting = null;
    }
    let first: { at: number; open: string; close: string } | null = null;
    for (const [open, close] of COMMENT_MARKERS) {
      const at = rest.indexOf(open);
      if (at >= 0 && (first === null || at < first.at)) first = { at, open, close };
    }
    if (first === null) return { visible: visible + rest, openComment: null };
    visible += rest.slice(0, first.at) + " ";
    rest = rest.slice(first.at + first.open.length);
    awaiting = first.close;
  }
}

const GT = 62; // ">"
const CR = 13;
const BACKTICK = 96;
const TILDE = 126;
const BANG = 33;
const DOT = 46;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_PAREN = 41;

/**
 * The text of a list item after its marker (`-`, `*`, `+`, `1.`, `1)`) and the blanks after it, or null
 * when the line at `start` is not a list item. Written out rather than as a pattern: it runs on every
 * line of ten years of notes.
 */
function itemContent(line: string, start: number): string | null {
  let end = start;
  const first = line.charCodeAt(start);
  if (isBullet(first)) end++;
  else {
    while (end - start < 10 && isDigit(line.charCodeAt(end))) end++;
    const close = line.charCodeAt(end);
    if (end - start > 9 || (close !== DOT && close !== CLOSE_PAREN)) return null;
    end++;
  }
  if (end === line.length) return "";
  if (!isBlank(line.charCodeAt(end))) return null;
  while (isBlank(line.charCodeAt(end))) end++;
  const content = line.slice(end);
  // A line break character other than \n inside the line would end it for a pattern too: not an item.
  return /[\r\u2028\u2029]/.test(content) ? null : content;
}

/** The length of a task's checkbox and the blanks after it (`[ ] `, `[x]` at the end), 0 for none. */
function checkboxLength(content: string): number {
  if (content.charCodeAt(0) !== OPEN_BRACKET || content.charCodeAt(2) !== CLOSE_BRACKET || content.length < 3) return 0;
  let end = 3;
  if (end < content.length && !isBlank(content.charCodeAt(end))) return 0;
  while (isBlank(content.charCodeAt(end))) end++;
  return end;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Index of the first character that is not a space or tab, or -1 for a blank line. */
function firstNonBlank(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return i;
  }
  return -1;
}

/** "-", "*", "+" or a digit: the characters a list item can start with. */
function isListMarkerStart(c: number): boolean {
  return isBullet(c) || isDigit(c);
}

/** "-", "*" or "+". */
function isBullet(c: number): boolean {
  return c === 45 || c === 42 || c === 43;
}

/** Indentation width, a tab counting as four columns as in Obsidian's editor. */
function columns(whitespace: string): number {
  let width = 0;
  for (const ch of whitespace) width += ch === "\t" ? 4 - (width % 4) : 1;
  return width;
}
