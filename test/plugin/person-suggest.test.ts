import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PersonSuggest, atTrigger } from "../../src/plugin/person-suggest";
import { MarkdownView } from "../obsidian/index";
import { EXAMPLE, loadVault, pinToday } from "./harness";

beforeEach(() => pinToday());
afterEach(() => vi.useRealTimers());

describe("where @ starts a suggestion", () => {
  it.each([
    [["Met @al"], 7, { start: 4, query: "al" }],
    [["@"], 1, { start: 0, query: "" }],
    [["- Lunch with @Dan"], 17, { start: 13, query: "Dan" }],
    [["(@ali"], 5, { start: 1, query: "ali" }],
    [["mail me at ana@example.com"], 26, null],
    [["user@ali"], 8, null],
    [["`@ali"], 5, null],
    [["```", "@ali"], 4, null],
    [["```", "code", "```", "@ali"], 4, { start: 0, query: "ali" }],
    [["Met @al and"], 11, null],
  ])("%j at %i", (lines, ch, expected) => {
    expect(atTrigger(lines, lines.length - 1, ch)).toEqual(expected);
  });
});

describe("@-tagging in the editor", () => {
  async function typeInDailyNote(text: string) {
    const loaded = await loadVault(EXAMPLE);
    const { app } = loaded;
    await app.vault.create("Journal/2026/11/2026-11-23 Monday.md", text);
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getFileByPath("Journal/2026/11/2026-11-23 Monday.md")!);
    const editor = (leaf.view as MarkdownView).editor;
    const lastLine = editor.lineCount() - 1;
    editor.setCursor({ line: lastLine, ch: editor.getLine(lastLine).length });
    const suggest = app.editorSuggests[0] as PersonSuggest;
    const trigger = suggest.onTrigger(editor.getCursor(), editor as never, null);
    return { ...loaded, editor, suggest, trigger };
  }

  it("suggests people by name and alias, most recently contacted first, and inserts a link", async () => {
    const { editor, suggest, trigger, read } = await typeInDailyNote("- Coffee with @da");
    expect(trigger).toEqual({ start: { line: 0, ch: 14 }, end: { line: 0, ch: 17 }, query: "da" });
    suggest.context = { ...trigger!, editor: editor as never, file: null as never };
    const choices = suggest.getSuggestions(suggest.context);
    expect(choices.map((c) => [c.name, c.alias])).toEqual([
      ["Dan Okafor", null],
      ["Dan Okafor", "Danny"],
      ["Carol Davis", null],
      ["Jordan Blake", null],
    ]);
    suggest.selectSuggestion(choices[1]!);
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-23 Monday.md")).toBe("- Coffee with [[Dan Okafor|Danny]]"));
  });

  it("inserts the plain name when the name itself was picked", async () => {
    const { editor, suggest, trigger, read } = await typeInDailyNote("Met @prI");
    suggest.context = { ...trigger!, editor: editor as never, file: null as never };
    const [first] = suggest.getSuggestions(suggest.context);
    suggest.selectSuggestion(first!);
    await vi.waitFor(() => expect(read("Journal/2026/11/2026-11-23 Monday.md")).toBe("Met [[Priya Raman]]"));
  });

  it("stays quiet in an e-mail address", async () => {
    const { trigger } = await typeInDailyNote("write to alice@northwind");
    expect(trigger).toBeNull();
  });
});
