/**
 * @-tagging: typing `@` and a few letters suggests people and inserts a wikilink, `[[Name]]` or
 * `[[Name|Alias]]` when an alias was picked. It stays quiet after a letter or digit (an e-mail address),
 * inside inline code and inside fenced code blocks.
 */
import { EditorSuggest, type Editor, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from "obsidian";
import { personLink } from "../core/edit/note-edit";
import { choiceLabel, searchPeople, type PersonChoice } from "./people-search";

const TRIGGER = /(?:^|[^\p{L}\p{N}_@])@([^\s@[\]]{0,40})$/u;

/** Where an `@name` being typed starts, or null when this is no place for a suggestion. */
export function atTrigger(lines: string[], line: number, ch: number): { start: number; query: string } | null {
  const before = (lines[line] ?? "").slice(0, ch);
  const m = TRIGGER.exec(before);
  if (!m) return null;
  const query = m[1] ?? "";
  const start = ch - query.length - 1;
  if (insideInlineCode(before.slice(0, start)) || insideFence(lines, line)) return null;
  return { start, query };
}

function insideInlineCode(before: string): boolean {
  return ((before.match(/`/g) ?? []).length) % 2 === 1;
}

function insideFence(lines: string[], line: number): boolean {
  let open = false;
  for (let i = 0; i < line; i++) if (/^\s*(```|~~~)/.test(lines[i] ?? "")) open = !open;
  return open;
}

export class PersonSuggest extends EditorSuggest<PersonChoice> {
  constructor(
    app: ConstructorParameters<typeof EditorSuggest>[0],
    private readonly choices: () => PersonChoice[],
  ) {
    super(app);
    this.limit = 20;
  }

  onTrigger(cursor: EditorPosition, editor: Editor, _file: TFile | null): EditorSuggestTriggerInfo | null {
    // Only the lines above the cursor matter for code fences; reading them is cheap next to a keystroke.
    const lines = Array.from({ length: cursor.line + 1 }, (_, i) => editor.getLine(i));
    const found = atTrigger(lines, cursor.line, cursor.ch);
    if (!found) return null;
    return { start: { line: cursor.line, ch: found.start }, end: cursor, query: found.query };
  }

  getSuggestions(context: EditorSuggestContext): PersonChoice[] {
    return searchPeople(this.choices(), context.query);
  }

  renderSuggestion(choice: PersonChoice, el: HTMLElement): void {
    el.createDiv({ text: choiceLabel(choice) });
  }

  selectSuggestion(choice: PersonChoice): void {
    const context = this.context;
    if (!context) return;
    context.editor.replaceRange(personLink(choice.name, choice.alias ?? undefined), context.start, context.end);
  }
}
