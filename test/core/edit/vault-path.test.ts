import { describe, expect, it } from "vitest";
import { noteNameProblem, vaultPath } from "../../../src/core/edit/vault-path";

describe("vaultPath: only paths inside the vault, with names every system can hold", () => {
  it.each([
    ["Journal/2026/11/2026-11-23.md", "Journal/2026/11/2026-11-23.md"],
    ["/Journal//2026-11-23.md", "Journal/2026-11-23.md"],
    ["People/José Müller.md", "People/José Müller.md"],
  ])("%s -> %s", (path, expected) => {
    expect(vaultPath(path)).toEqual({ path: expected });
  });

  it.each([
    ["../escape/2026-11-23.md", '"../escape/2026-11-23.md" leads outside the vault'],
    ["Journal/../../etc/passwd", '"Journal/../../etc/passwd" leads outside the vault'],
    ["Journal/2026-11-23 10:30.md", '"2026-11-23 10:30.md" has ":", which Windows, Android and iOS do not allow in a file name'],
    ["People/Who?.md", '"Who?.md" has "?", which Windows, Android and iOS do not allow in a file name'],
    ['People/"Al".md', '""Al".md" has """, which Windows, Android and iOS do not allow in a file name'],
    ["C:\\Users\\me.md", '"C:\\Users\\me.md" has ":", which Windows, Android and iOS do not allow in a file name'],
    ["Notes\\me.md", '"Notes\\me.md" has "\\", which Windows, Android and iOS do not allow in a file name'],
    ["People/CON.md", '"CON.md" is a name Windows keeps for devices'],
    ["People /Al.md", '"People " ends with a space or a dot, which Windows does not allow'],
    ["", "it is empty"],
  ])("%s is refused", (path, problem) => {
    expect(vaultPath(path)).toEqual({ problem });
  });
});

describe("noteNameProblem: names a person's note can have", () => {
  it.each([
    ["Ann Lee", null],
    ["José Müller-Łukasz", null],
    ["  ", "Enter a name."],
    ["Ann #1", "A note name cannot hold #: links to it would break."],
    ["Ann [Work]", "A note name cannot hold [: links to it would break."],
    ["Ann|Annie", "A note name cannot hold |: links to it would break."],
    ["AC/DC", "A note name cannot hold /: links to it would break."],
    ["con", 'That name cannot be a file: "con.md" is a name Windows keeps for devices.'],
  ])("%j: %j", (name, problem) => {
    expect(noteNameProblem(name)).toBe(problem);
  });
});
