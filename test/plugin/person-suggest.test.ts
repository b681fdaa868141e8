import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PersonSuggest, atTrigger, type PersonSuggestion } from "../../src/plugin/person-suggest";
import { MarkdownView, Notice } from "../obsidian/index";
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
    [["~~~", "@ali"], 4, null],
    [["%% a comment", "@ali"], 4, null],
    [["<!-- @ali"], 9, null],
    [["%% done %% @ali"], 15, { start: 11, query: "ali" }],
    [["`code` @ali"], 11, { start: 7, query: "ali" }],
    [["``a ` b`` @ali"], 14, { start: 10, query: "ali" }],
    [["`` x @ali"], 9, null],
    // One space, for a first and a last name; whether anyone matches is the suggest's to say.
    [["Met @bob m"], 10, { start: 4, query: "bob m" }],
    [["Met @al and"], 11, { start: 4, query: "al and" }],
    [["Met @al and more"], 16, null],
    [["Met @al  m"], 10, null],
    [["Met @ al"], 8, null],
    // Characters no note name holds end the query.
    [["@bob:"], 5, null],
    [["@bob#tag"], 8, null],
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
    if (trigger) suggest.context = { ...trigger, editor: editor as never, file: null as never };
    const suggestions = suggest.context ? suggest.getSuggestions(suggest.context) : [];
    return { ...loaded, editor, suggest, trigger, suggestions };
  }

  /** Each suggestion as the user reads it. */
  function shown(suggest: PersonSuggest, suggestions: PersonSuggestion[]): string[] {
    return suggestions.map((s) => {
      const el = createDiv();
      suggest.renderSuggestion(s, el);
      return el.textContent ?? "";
    });
  }

  const daily = "Journal/2026/11/2026-11-23 Monday.md";

  it("suggests people by name and alias, best match first, then most recently contacted, and inserts a link and a space", async () => {
    const { suggest, trigger, suggestions, read } = await typeInDailyNote("- Coffee with @da");
    expect(trigger).toEqual({ start: { line: 0, ch: 14 }, end: { line: 0, ch: 17 }, query: "da" });
    // "Dan" and "Danny" start with "da", "Davis" is a later word (Ben seen after Carol), "Jordan" only holds the letters.
    expect(shown(suggest, suggestions)).toEqual(["Dan Okafor", "Danny (Dan Okafor)", "Ben Davis", "Carol Davis", "Jordan Blake"]);
    suggest.selectSuggestion(suggestions[1]!);
    await vi.waitFor(() => expect(read(daily)).toBe("- Coffee with [[Dan Okafor|Danny]] "));
  });

  it("inserts the plain name and a space when the name itself was picked", async () => {
    const { editor, suggest, suggestions, read } = await typeInDailyNote("Met @prI");
    suggest.selectSuggestion(suggestions[0]!);
    expect(editor.getCursor()).toEqual({ line: 0, ch: "Met [[Priya Raman]] ".length });
    await vi.waitFor(() => expect(read(daily)).toBe("Met [[Priya Raman]] "));
  });

  it("ranks the exact alias, then names that start with the query, then letters in order", async () => {
    const { suggest, suggestions } = await typeInDailyNote("@ali");
    expect(shown(suggest, suggestions)).toEqual(["Ali (Alice Chen)", "Alice Chen", "Alice C. (Alice Chen)", "Carol Davis"]);
  });

  it("ranks a word-start match before a fresher contact that only holds the letters", async () => {
    // "Martinez" starts a word; the others only hold m, a in order: Priya seen on 20 November, Mia on 16 November, Kai on 3 November.
    const { suggest, suggestions } = await typeInDailyNote("@ma");
    expect(shown(suggest, suggestions)).toEqual(["Bob Martinez", "Priya Raman", "Mia Rossi", "Kai Moana"]);
  });

  it("folds accents: @mu finds Frank Müller", async () => {
    const { suggest, suggestions, read } = await typeInDailyNote("Climbing with @mu");
    expect(shown(suggest, suggestions)[0]).toBe("Frank Müller");
    suggest.selectSuggestion(suggestions[0]!);
    await vi.waitFor(() => expect(read(daily)).toBe("Climbing with [[Frank Müller]] "));
  });

  it("takes a first and a last name: @bob m finds Bob Martinez", async () => {
    const { suggest, trigger, suggestions } = await typeInDailyNote("Call @bob m");
    expect(trigger?.query).toBe("bob m");
    expect(shown(suggest, suggestions)).toEqual(["Bob Martinez"]);
  });

  it("closes when the words after a space match nobody: @bob zz", async () => {
    const { trigger, suggestions } = await typeInDailyNote("Call @bob zz");
    expect(trigger).toBeNull();
    expect(suggestions).toEqual([]);
  });

  it("offers to create a person for one word that matches nobody, and creates and links them", async () => {
    const { suggest, trigger, suggestions, read, plugin } = await typeInDailyNote("Lunch with @zz");
    expect(trigger?.query).toBe("zz");
    expect(shown(suggest, suggestions)).toEqual(["Create person 'zz'"]);
    suggest.selectSuggestion(suggestions[0]!);
    await vi.waitFor(() => expect(read("People/zz.md")).toBe("---\ntype: person\n---\n# zz\n"));
    await vi.waitFor(() => expect(read(daily)).toBe("Lunch with [[zz]] "));
    expect(Notice.shown).toContain("Created People/zz.md.");
    await vi.waitFor(() => expect(plugin.report()?.people.some((p) => p.name === "zz")).toBe(true));
  });

  it("offers no creation for a name no note can have", async () => {
    const { trigger } = await typeInDailyNote("Lunch with @zz?");
    expect(trigger).toBeNull();
  });

  it("stays quiet in an e-mail address", async () => {
    const { trigger } = await typeInDailyNote("write to alice@northwind");
    expect(trigger).toBeNull();
  });
});
