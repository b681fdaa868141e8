/**
 * @-tagging: typing `@` and a few letters suggests people and inserts a wikilink and a space, `[[Name]] `
 * or `[[Name|Alias]] ` when an alias was picked. The query may hold one space, for a first and a last
 * name (`@bob m`); after that space the suggestion closes as soon as nothing matches, since the user is
 * writing on. A single word that matches nobody offers to create that person. It stays quiet after a
 * letter or digit (an e-mail address), inside inline code, code blocks and comments.
 */
import { EditorSuggest, type Editor, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo, type TFile } from "obsidian";
import { personLink } from "../core/edit/note-edit";
import { NOT_IN_NOTE_NAMES } from "../core/edit/vault-path";
import { blockStateAfter } from "../core/parse/blocks";
import { withoutCode } from "../core/parse/inline";
import { choiceLabel, searchPeople, type PersonChoice } from "./people-search";
import { safely } from "./safely";

/**
 * `@`, then up to two words of up to 40 characters, one space apart. The characters a note name cannot
 * hold (`\ / : * ? " < > | # ^ [ ]`) end the query: no person is called that, nor can one be created so.
 * The words are bounded, so the pattern does a bounded amount of work at each `@` of the line.
 */
const NAME_CHAR = `[^\\s@${NOT_IN_NOTE_NAMES.replace(/[\\\]^[-]/g, "\\$&")}]`;
const TRIGGER = new RegExp(`(?:^|[^\\p{L}\\p{N}_@])@((?:${NAME_CHAR}{1,40} )?${NAME_CHAR}{0,40})$`, "u");

/** Offered when a one-word query matches nobody: create the person and link them. */
export interface CreateChoice {
  create: string;
}

export type PersonSuggestion = PersonChoice | CreateChoice;

/** Where an `@name` being typed starts, or null when this is no place for a suggestion. */
export function atTrigger(lines: string[], line: number, ch: number): { start: number; query: string } | null {
  const before = (lines[line] ?? "").slice(0, ch);
  const m = TRIGGER.exec(before);
  if (!m) return null;
  const query = m[1] ?? "";
  const start = ch - query.length - 1;
  if (insideInlineCode(before.slice(0, start)) || insideBlock(lines, line, before.slice(0, start))) return null;
  return { start, query };
}

/**
 * Whether `before` leaves a code span open. Closed spans are the inline reader's; a backtick left over
 * has opened a span that the user is still typing, though Obsidian shows it as text until it is closed.
 */
function insideInlineCode(before: string): boolean {
  return before.includes("`") && withoutCode(before).includes("`");
}

/** Whether the lines above, and the line itself up to the `@`, leave a code block or a comment open. */
function insideBlock(lines: string[], line: number, before: string): boolean {
  const state = blockStateAfter([...lines.slice(0, line), before]);
  return state.fence !== null || state.comment !== null;
}

/** The suggestions for `query`: the people who match, else an offer to create one, else nothing. */
export function suggestionsFor(choices: PersonChoice[], query: string): PersonSuggestion[] {
  const found = searchPeople(choices, query);
  if (found.length > 0) return found;
  const name = query.trim();
  return name === "" || /\s/.test(name) ? [] : [{ create: name }];
}

export class PersonSuggest extends EditorSuggest<PersonSuggestion> {
  constructor(
    app: ConstructorParameters<typeof EditorSuggest>[0],
    private readonly choices: () => PersonChoice[],
    /** Creates the person note for a name typed after `@` (its failures are shown as a notice). */
    private readonly createPerson: (name: string) => unknown,
  ) {
    super(app);
    this.limit = 20;
  }

  onTrigger(cursor: EditorPosition, editor: Editor, _file: TFile | null): EditorSuggestTriggerInfo | null {
    // Most keystrokes type no @name: the line itself says so before any line above is read.
    if (!TRIGGER.test(editor.getLine(cursor.line).slice(0, cursor.ch))) return null;
    // Only the lines above the cursor matter for code blocks and comments.
    const lines = Array.from({ length: cursor.line + 1 }, (_, i) => editor.getLine(i));
    const found = atTrigger(lines, cursor.line, cursor.ch);
    if (!found) return null;
    // After a space the user may be writing on ("@bob about"): close once the words match nobody.
    if (found.query.includes(" ") && suggestionsFor(this.choices(), found.query).length === 0) return null;
    return { start: { line: cursor.line, ch: found.start }, end: cursor, query: found.query };
  }

  getSuggestions(context: EditorSuggestContext): PersonSuggestion[] {
    return suggestionsFor(this.choices(), context.query);
  }

  renderSuggestion(suggestion: PersonSuggestion, el: HTMLElement): void {
    el.createDiv({ text: "create" in suggestion ? `Create person '${suggestion.create}'` : choiceLabel(suggestion) });
  }

  selectSuggestion(suggestion: PersonSuggestion): void {
    const context = this.context;
    if (!context) return;
    const link = "create" in suggestion ? personLink(suggestion.create) : this.linkTo(suggestion, context.file?.path ?? "");
    context.editor.replaceRange(`${link} `, context.start, context.end);
    if ("create" in suggestion) safely("create the person note", () => this.createPerson(suggestion.create));
  }

  /** `[[Name]]`, `[[Name|Alias]]`, or the path when the name alone leads to another note (`[[People/Alice|Alice]]`). */
  private linkTo(choice: PersonChoice, sourcePath: string): string {
    const file = this.app.vault.getFileByPath(choice.path);
    const target = file ? this.app.metadataCache.fileToLinktext(file, sourcePath, true) : choice.name;
    const shown = choice.alias ?? (target === choice.name ? undefined : choice.name);
    return personLink(target, shown);
  }
}
