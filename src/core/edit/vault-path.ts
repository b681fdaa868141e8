/**
 * Paths Rapport creates (daily notes, new people) come from settings a user typed or a file synced from
 * elsewhere. Each is made a plain vault path, inside the vault, with names every system Obsidian runs on
 * can hold (Windows and phones refuse `: * ? " < > |`); anything else is refused with the reason.
 */
export type VaultPath = { path: string } | { problem: string };

// eslint-disable-next-line no-control-regex -- control characters are among what a file name must not hold
const FORBIDDEN = /[\\:*?"<>|\u0000-\u001f]/;
const RESERVED = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\..*)?$/i;

/** `path` as a vault path (`/` between names, none at either end), or why it cannot be one. */
export function vaultPath(path: string): VaultPath {
  const parts = path.split("/").filter((part) => part !== "");
  if (parts.length === 0) return { problem: "it is empty" };
  for (const part of parts) {
    if (part === "." || part === "..") return { problem: `"${path}" leads outside the vault` };
    const bad = FORBIDDEN.exec(part);
    if (bad) return { problem: `"${part}" has ${bad[0] < " " ? "a control character" : `"${bad[0]}"`}, which Windows, Android and iOS do not allow in a file name` };
    if (RESERVED.test(part)) return { problem: `"${part}" is a name Windows keeps for devices` };
    if (/[ .]$/.test(part)) return { problem: `"${part}" ends with a space or a dot, which Windows does not allow` };
  }
  return { path: parts.join("/") };
}

/**
 * What a note's name cannot hold, beyond what a file name cannot: a link to it would break (`# ^ [ ] |`)
 * or it would be a folder (`/`). The @-suggestion ends a name it reads at these characters too.
 */
export const NOT_IN_NOTE_NAMES = "\\/:*?\"<>|#^[]";

/** Why `name` cannot be a person's note name, or null when it can. */
export function noteNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "Enter a name.";
  const bad = [...trimmed].find((ch) => NOT_IN_NOTE_NAMES.includes(ch));
  if (bad !== undefined) return `A note name cannot hold ${bad}: links to it would break.`;
  const where = vaultPath(`${trimmed}.md`);
  return "problem" in where ? `That name cannot be a file: ${where.problem}.` : null;
}
