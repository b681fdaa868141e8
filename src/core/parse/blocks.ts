/**
 * Reads the parts of Markdown Rapport cares about, line by line: list items (with their nesting), and
 * nothing that Obsidian would not show as a live link. Code blocks, `%%` and HTML comments, block quotes
 * and callouts are skipped, as Obsidian's own metadata cache skips them; inline code and embeds are the
 * inline reader's (inline.ts). Linear in the text: every line is looked at a bounded number of times.
 */
import { scanInline } from "./inline";
import { splitLines } from "./lines";

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
   * base name, without `#heading`, `|display` or `.md`. Embeds are not links.
   */
  links: readonly string[];
  tags: readonly string[];
  /** Index of the enclosing item in the scanned list, or -1. */
  parent: number;
  /** The item's line as written, comments and all. */
  source: string;
}

/**
 * A line (after a line break, as the list scan splits lines) that starts a task or an item with a date
 * or a link first: a quick test for "may this undated note hold anything?". Its list marker is the one
 * `listMarkerEnd` reads.
 */
export const TASK_OR_DATED_ITEM = /(?:^|[\n\r])[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[.\]|\d{4}-\d{2}-\d{2}|\[\[)/;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const COMMENT_MARKERS: ReadonlyArray<readonly [open: string, close: string]> = [
  ["<!--", "-->"],
  ["%%", "%%"],
];

/** What the lines before a line leave open: a code fence, or a comment awaiting its closer. */
export interface BlockState {
  /** The fence's backticks or tildes, and the line (0-based) that opened it. */
  fence: { marker: string; line: number } | null;
  /** The closer a comment awaits (`-->` or `%%`), and the line that opened it. */
  comment: { closer: string; line: number } | null;
}

/** Lists every list item of `text`, outside code, comments and block quotes. */
export function scanListItems(text: string): ListItem[] {
  const items: ListItem[] = [];
  let open: number[] = [];
  walkLines(splitLines(text), (line, lineNo, source) => {
    const start = firstNonBlank(line);
    if (start < 0) return;
    const first = line.charCodeAt(start);
    if (first === GT) return; // a block quote or callout
    const content = listItemContent(line, start);
    const indent = start === 0 ? 0 : columns(line.slice(0, start));
    if (content !== null) {
      while (open.length > 0 && (items[open[open.length - 1] as number] as ListItem).indent >= indent) open.pop();
      const box = checkboxLength(content);
      const words = box > 0 ? content.slice(box) : content;
      const { links, tags } = scanInline(words);
      items.push({ line: lineNo, indent, checkbox: box > 0 ? content.charAt(1) : null, text: words.trim(), links: liveTargets(links), tags, parent: open[open.length - 1] ?? -1, source });
      open.push(items.length - 1);
      return;
    }
    const current = items[open[open.length - 1] ?? -1];
    if (current && indent > current.indent) {
      // An indented line under an item continues it: its links belong to the item.
      const more = scanInline(line);
      if (more.links.length > 0) current.links = current.links.concat(liveTargets(more.links));
      if (more.tags.length > 0) current.tags = current.tags.concat(more.tags);
    } else {
      open = [];
    }
  });
  return items;
}

function liveTargets(links: ReturnType<typeof scanInline>["links"]): string[] {
  return links.filter((link) => !link.embed).map((link) => link.target);
}

/**
 * Calls `visit` with each line that is outside code blocks and comments, comments blanked out, and
 * returns what is left open after the last line.
 */
export function walkLines(lines: readonly string[], visit: (visible: string, lineNo: number, raw: string) => void): BlockState {
  const state: BlockState = { fence: null, comment: null };
  lines.forEach((raw, lineNo) => {
    if (state.fence !== null) {
      const trimmed = raw.trim();
      if (trimmed.startsWith(state.fence.marker) && trimmed.replace(/[`~]/g, "") === "") state.fence = null;
      return;
    }
    if (state.comment === null) {
      const fence = FENCE.exec(raw);
      if (fence) {
        state.fence = { marker: fence[1] as string, line: lineNo };
        return;
      }
    }
    const visible = withoutComments(raw, state, lineNo);
    visit(visible, lineNo, raw);
  });
  return state;
}

/** The state after `lines`: is the end of this text inside a code block or a comment? */
export function blockStateAfter(lines: readonly string[]): BlockState {
  return walkLines(lines, () => undefined);
}

/** Whether a line Rapport is about to write would leave a comment or code block open, hiding what follows. */
export function opensBlock(line: string): boolean {
  const state = blockStateAfter([line]);
  return state.comment !== null || state.fence !== null;
}

/**
 * `line` with `<!-- -->` and `%% %%` comments (which may span lines) blanked out; `state.comment` says
 * which closer is awaited and is updated. Each marker's next place is searched for once per line.
 */
function withoutComments(line: string, state: BlockState, lineNo: number): string {
  if (state.comment === null && !line.includes("<!--") && !line.includes("%%")) return line;
  let visible = "";
  let at = 0;
  const next = new Map<string, number>();
  const find = (marker: string) => {
    let found = next.get(marker);
    if (found === undefined || (found >= 0 && found < at)) next.set(marker, (found = line.indexOf(marker, at)));
    return found;
  };
  for (;;) {
    if (state.comment !== null) {
      const end = find(state.comment.closer);
      if (end < 0) return visible;
      at = end + state.comment.closer.length;
      state.comment = null;
    }
    let first: { start: number; open: string; close: string } | null = null;
    for (const [open, close] of COMMENT_MARKERS) {
      const start = find(open);
      if (start >= 0 && (first === null || start < first.start)) first = { start, open, close };
    }
    if (first === null) return visible + line.slice(at);
    visible += line.slice(at, first.start) + " ";
    at = first.start + first.open.length;
    state.comment = { closer: first.close, line: lineNo };
  }
}

const GT = 62; // ">"
const DOT = 46;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const CLOSE_PAREN = 41;

/**
 * The text of a list item after its marker (`-`, `*`, `+`, `1.`, `1)`) and the blanks after it, or null
 * when the line at `start` is not a list item.
 */
function listItemContent(line: string, start: number): string | null {
  const end = listMarkerEnd(line, start);
  if (end < 0) return null;
  let at = end;
  while (isBlank(line.charCodeAt(at))) at++;
  return line.slice(at);
}

/** Where the list marker at `start` ends (before its blank), or -1 when there is none. */
function listMarkerEnd(line: string, start: number): number {
  let end = start;
  if (isBullet(line.charCodeAt(start))) end++;
  else {
    while (end - start < 10 && isDigit(line.charCodeAt(end))) end++;
    const close = line.charCodeAt(end);
    if (end === start || end - start > 9 || (close !== DOT && close !== CLOSE_PAREN)) return -1;
    end++;
  }
  return end === line.length || isBlank(line.charCodeAt(end)) ? end : -1;
}

/** A task line's parts: what comes before its checkbox, the character in it, and what comes after. */
export function taskParts(line: string): { before: string; box: string; after: string } | null {
  const start = firstNonBlank(line);
  if (start < 0) return null;
  const marker = listMarkerEnd(line, start);
  if (marker < 0) return null;
  let at = marker;
  while (isBlank(line.charCodeAt(at))) at++;
  const box = checkboxLength(line.slice(at));
  if (box === 0) return null;
  return { before: line.slice(0, at), box: line.charAt(at + 1), after: line.slice(at + 3) };
}

/** The length of a task's checkbox and the blanks after it (`[ ] `, `[x]` at the end), 0 for none. */
function checkboxLength(content: string): number {
  if (content.length < 3 || content.charCodeAt(0) !== OPEN_BRACKET || content.charCodeAt(2) !== CLOSE_BRACKET) return 0;
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
  for (let i = 0; i < line.length; i++) if (!isBlank(line.charCodeAt(i))) return i;
  return -1;
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
