/**
 * The stand-in's metadata against what Obsidian's own metadataCache returns for the same text (checked
 * against captures of the real app): the links a note has, with target and display text, its embeds,
 * its frontmatter and the links in it, and which files its links resolve to.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCache, MetadataCache } from "../obsidian/metadata-cache";
import { Vault } from "../obsidian/vault";

const linksOf = (text: string): string[][] => (computeCache(text).links ?? []).map((l) => [l.link, l.displayText ?? ""]);

describe("links, as Obsidian lists them", () => {
  it.each<[string, string, string[][]]>([
    ["a wikilink", "Met [[Alice Smith]] today.", [["Alice Smith", "Alice Smith"]]],
    ["a wikilink with display text", "Met [[Alice Smith|Alice]].", [["Alice Smith", "Alice"]]],
    ["a wikilink to a heading", "See [[Alice Smith#Kids]].", [["Alice Smith#Kids", "Alice Smith > Kids"]]],
    ["a wikilink to a heading, with display text", "See [[Alice Smith#Kids|her kids]].", [["Alice Smith#Kids", "her kids"]]],
    ["a wikilink to a heading of this note", "See [[#Notes]] and [[#Notes#Older]].", [["#Notes", "Notes"], ["#Notes#Older", "Notes > Older"]]],
    ["a wikilink to a block", "See [[Bob#^a1b2]].", [["Bob#^a1b2", "Bob > ^a1b2"]]],
    ["only the first | splits; one that opens the link is the target", "[[Bob||Robert]] [[|Bob]]", [["Bob", "|Robert"], ["|Bob", "|Bob"]]],
    ["an empty wikilink is no link", "Call [[]] soon.", []],
    ["a Markdown link", "Met [Alice](Alice.md).", [["Alice.md", "Alice"]]],
    ["a Markdown link with %20", "Met [her](People/Alice%20Smith.md#Kids).", [["People/Alice Smith.md#Kids", "her"]]],
    ["a Markdown link in <...>", "Met [her](<People/Alice Smith.md>).", [["People/Alice Smith.md", "her"]]],
    ["Markdown links without .md and to a heading here", "[Bob](Bob) and [above](#Notes)", [["Bob", "Bob"], ["#Notes", "above"]]],
    ["a link to a file that is not a note", "[[Scan.pdf]] [scan](Scan.pdf)", [["Scan.pdf", "Scan.pdf"], ["Scan.pdf", "scan"]]],
    ["URLs are no links", "[site](https://example.com/Alice.md) <https://example.com> https://example.com", []],
    ["an empty Markdown link is no link", "Call [Alice]() and []().", []],
    ["embeds are no links", "![[Alice Smith]] ![photo](alice.png)", []],
    ["links in code blocks are absent; after the block they count", "```\n[[Alice]]\n```\n~~~js\n[Bob](Bob.md)\n~~~\n[[Carol]]", [["Carol", "Carol"]]],
    ["links in inline code are absent", "Type `[[Alice]]` or `[Bob](Bob.md)`.", []],
    ["escaped brackets are no link", "Type \\[\\[Alice\\]\\] to link.", []],
    ["links in a %% block are absent", "%%\n- [ ] Call [[Alice]]\n%%\n", []],
    // Obsidian keeps the links (and tags) of a %% comment that sits within one line.
    ["a link in a %% comment within a line counts", "- [ ] Call %% [[Alice]] %% soon", [["Alice", "Alice"]]],
    ["links in <!-- --> comments are absent", "Call <!-- [[Alice]] --> soon\n<!--\n[[Bob]]\n-->\n", []],
    ["links in a task line", "- [ ] Call [[Alice]] about [the trip](Trips/Rome.md) 📅 2024-05-01", [["Alice", "Alice"], ["Trips/Rome.md", "the trip"]]],
    ["a link in a heading", "## Lunch with [[Alice|Al]]", [["Alice", "Al"]]],
    ["links in frontmatter are not in links", '---\nmet: "[[Alice]]"\n---\nThen [[Bob]].', [["Bob", "Bob"]]],
  ])("%s", (_case, text, links) => {
    expect(linksOf(text)).toEqual(links);
  });

  it("lists embeds as embeds", () => {
    expect(computeCache("![[Alice Smith]] ![photo](alice.png)").embeds?.map((e) => [e.link, e.displayText])).toEqual([
      ["Alice Smith", "Alice Smith"],
      ["alice.png", "photo"],
    ]);
  });
});

describe("frontmatter, as Obsidian reads it", () => {
  it.each<[string, string, Record<string, unknown> | undefined, string[][]]>([
    [
      "dates stay strings; numbers and booleans do not",
      "---\nbirthday: 1990-04-12\nseen: 2024-07-21T12:37:00\nevery: 3\nactive: true\n---\n",
      { birthday: "1990-04-12", seen: "2024-07-21T12:37:00", every: 3, active: true },
      [],
    ],
    ["an empty property is null", "---\ntags:\n---\n# Alice", { tags: null }, []],
    ["empty YAML is no frontmatter", "---\n---\n# Alice", undefined, []],
    [
      "a property or list item that is a wikilink is a frontmatter link",
      '---\nmet: "[[Alice]]"\nwith:\n  - "[[Bob#Work]]"\n  - Carol\n---\n',
      { met: "[[Alice]]", with: ["[[Bob#Work]]", "Carol"] },
      [["met", "Alice", "Alice"], ["with.0", "Bob#Work", "Bob > Work"]],
    ],
  ])("%s", (_case, text, frontmatter, frontmatterLinks) => {
    const cache = computeCache(text);
    expect(cache.frontmatter).toEqual(frontmatter);
    expect(cache.frontmatterPosition === undefined).toBe(frontmatter === undefined);
    expect(cache.sections?.[0]?.type).toBe("yaml");
    expect((cache.frontmatterLinks ?? []).map((l) => [l.key, l.link, l.displayText])).toEqual(frontmatterLinks);
  });
});

it("resolves links, embeds, frontmatter links and links to this note's headings, as Obsidian does", () => {
  const root = mkdtempSync(join(tmpdir(), "rapport-links-"));
  try {
    const files: Record<string, string> = {
      "Note.md": '---\nwith: "[[Alice]]"\n---\n[[Bob]] [Bob](Bob.md#Work) ![[photo.png]] [[#Notes]] [[Nobody]] [x](https://example.com)\n## Notes\n',
      "Alice.md": "",
      "Bob.md": "",
      "photo.png": "",
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    const cache = new MetadataCache(new Vault(root));
    expect(cache.resolvedLinks["Note.md"]).toEqual({ "Alice.md": 1, "Bob.md": 2, "photo.png": 1, "Note.md": 1 });
    expect(cache.unresolvedLinks["Note.md"]).toEqual({ Nobody: 1 });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
