/**
 * Making people: "Add person" (a form: name, cadence, groups), "Make this note a person" on any note, and
 * "Create person note" from a name in the editor or typed after `@`. A new note goes to the folder for
 * new people, made a person by the first person rule; every write has its Undo.
 */
import { Notice, parseYaml, type App, type Editor, type TFile } from "obsidian";
import { makePerson } from "../core/edit/make-person";
import { personLink, personNote } from "../core/edit/note-edit";
import { noteNameProblem, vaultPath } from "../core/edit/vault-path";
import type { Model } from "../core/index/model";
import { scanInline } from "../core/parse/inline";
import { cadencePreview } from "../core/report/cadence-preview";
import { findPerson } from "../core/report/timeline";
import type { RapportSettings } from "../core/saved-settings";
import { DEFAULT_PERSON_RULES, isIgnoredPath, type PersonRule } from "../core/settings";
import { FormModal } from "./modals/form-modal";
import { safely } from "./safely";
import { today } from "./today";
import type { NoteWriter } from "./writes/note-writer";
import { writtenNotice } from "./writes/written-notice";

export interface PersonNotesHost {
  app: App;
  settings: RapportSettings;
  writer: NoteWriter;
  model(): Model;
}

/** What to do once a person's note exists. */
interface Created {
  /** Open the new note (Add person), or offer Open in the notice (triage, @-suggestion). */
  open: boolean;
  /** Runs once the note is written (the selection becomes a link). */
  then?: () => void;
}

export class PersonNotes {
  constructor(private readonly host: PersonNotesHost) {}

  private get app(): App {
    return this.host.app;
  }

  private get rule(): PersonRule {
    return this.host.settings.personRules[0] ?? (DEFAULT_PERSON_RULES[0] as PersonRule);
  }

  /** "Add person": the name checked as typed, the cadence read as typed with its next check-in. */
  addPerson(name = ""): void {
    new FormModal(
      this.app,
      "Add person",
      [
        { name: "Name", placeholder: "Alice Chen", value: name },
        { name: "Cadence", description: 'How often to be in touch. Optional: "every 2 weeks", "monthly", "none".', placeholder: "every 2 weeks" },
        { name: "Groups", description: "Optional, separated by commas.", placeholder: "friends, inner circle" },
      ],
      ([typed = "", cadence = ""]) => this.describeNew(typed, cadence),
      ([typed = "", cadence = "", groups = ""]) => safely("add the person", () => this.create(typed.trim(), this.properties(cadence, groups), { open: true })),
      "Add",
    ).open();
  }

  /** "Make this note a person": the first person rule written into the note's frontmatter. */
  async makePerson(file: TFile): Promise<void> {
    if (isIgnoredPath(file.path, this.host.model().settings)) {
      new Notice(`${file.path} is in a templates folder, whose notes Rapport does not read: it would not be a person. Make the person from a note outside it.`);
      return;
    }
    if (this.host.model().get(file.path)?.brokenFrontmatter) {
      new Notice(`Rapport did not change ${file.path}: its frontmatter does not parse. Fix it first.`);
      return;
    }
    const written = await this.host.writer.change(file, "make a person", (text) => makePerson(text, this.rule, parseYaml));
    if (written) writtenNotice(this.host.writer, `${file.basename} is a person now. Give them a cadence from the sidebar's triage or with "Set cadence".`, written);
  }

  /** "Create person note" from the selection or the unresolved link under the cursor. */
  async createPerson(editor: Editor, source: TFile | null): Promise<void> {
    const selection = editor.getSelection().trim();
    const name = selection || linkUnderCursor(editor);
    if (!name) {
      new Notice("Select a name, or click in a link, to create a person note.");
      return;
    }
    await this.create(name, [], { open: false, then: () => selection && editor.replaceSelection(personLink(name)) }, source?.path ?? "");
  }

  /** Creates the note of a name typed after `@`, or answered "Create person" in triage; false when it did not. */
  createPersonNamed(name: string): Promise<boolean> {
    return this.create(name, [], { open: false });
  }

  /** Why a new person cannot have this name, or null. */
  private nameProblem(name: string, sourcePath = ""): string | null {
    const problem = noteNameProblem(name);
    if (problem) return problem;
    const existing = this.app.metadataCache.getFirstLinkpathDest(name.trim(), sourcePath);
    if (existing) return `${existing.path} exists already.`;
    const person = findPerson(this.host.model(), name);
    return person ? `${person.name} goes by that name already.` : null;
  }

  private describeNew(name: string, cadence: string): string {
    const problem = this.nameProblem(name);
    if (problem) return `!${problem}`;
    const where = this.pathFor(name.trim());
    if ("problem" in where) return `!${where.problem}`;
    if (cadence.trim() === "") return `Creates ${where.path}.`;
    const preview = cadencePreview(cadence, null, today(), this.host.model().cadences);
    return preview.valid ? `Creates ${where.path}. ${preview.message}` : `!${preview.message}`;
  }

  private properties(cadence: string, groups: string): Array<[string, string | string[]]> {
    const { fields } = this.host.settings;
    const list = groups.split(",").map((g) => g.trim().replace(/\s+/g, " ")).filter((g) => g !== "");
    const properties: Array<[string, string | string[]]> = [];
    if (cadence.trim() !== "") properties.push([fields.cadence, cadence.trim()]);
    if (list.length > 0) properties.push([fields.groups, list]);
    return properties;
  }

  private pathFor(name: string): { path: string } | { problem: string } {
    const folder = this.host.settings.newPersonFolder;
    const where = vaultPath(`${folder}/${name}.md`);
    return "problem" in where ? { problem: `The folder for new people ("${folder}", in Rapport's settings) gives a path Rapport will not write: ${where.problem}` } : where;
  }

  private async create(name: string, properties: Array<[string, string | string[]]>, created: Created, sourcePath = ""): Promise<boolean> {
    const problem = this.nameProblem(name, sourcePath);
    const where = problem === null ? this.pathFor(name) : { problem };
    if ("problem" in where) {
      new Notice(`Rapport did not create a note for ${name}: ${where.problem}`);
      return false;
    }
    const written = await this.host.writer.create(where.path, personNote(name, this.rule, properties), "create");
    if (!written) return false;
    created.then?.();
    if (created.open) await this.app.workspace.getLeaf(false).openFile(written.file);
    const open: Array<[string, () => void]> = created.open ? [] : [["Open", () => void this.app.workspace.getLeaf(false).openFile(written.file)]];
    writtenNotice(this.host.writer, `Created ${where.path}.`, written, open);
    return true;
  }
}

/** The target of the wikilink the cursor is in, when it is one. */
function linkUnderCursor(editor: Editor): string | null {
  const { line, ch } = editor.getCursor();
  const link = scanInline(editor.getLine(line)).links.find((l) => !l.embed && ch >= l.start && ch <= l.end);
  return link?.target ?? null;
}
