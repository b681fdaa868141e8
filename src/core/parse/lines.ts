/**
 * Lines as Obsidian's editor (CodeMirror) reads them: a line ends at `\n`, `\r\n` or a lone `\r`, so a
 * note saved on an old Mac counts its lines as the editor shows them. A byte-order mark before the first
 * line is not text.
 */
const LINE_BREAK = /\r\n?|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The line break a note uses (its first), so that what Rapport adds keeps it; `\n` when it has none. */
export function lineBreakOf(text: string): string {
  return LINE_BREAK.exec(text)?.[0] ?? "\n";
}

const BOM = 0xfeff;

export function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}
