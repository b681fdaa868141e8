/** What a note is called: its path without `.md`, and its base name, which is what links by name match. */

/** `path` without a final `.md` (in any case), as links write it. */
export function withoutMdExtension(path: string): string {
  const dot = path.length - 3;
  return dot >= 0 && path.charCodeAt(dot) === 46 && path.slice(dot + 1).toLowerCase() === "md" ? path.slice(0, dot) : path;
}

/** File name without folder and `.md`. */
export function basenameOf(path: string): string {
  return withoutMdExtension(path.slice(path.lastIndexOf("/") + 1));
}
