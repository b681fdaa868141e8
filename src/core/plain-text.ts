/** An item's words as a person reads them: links shown by their text, Markdown link syntax gone. */
const WIKILINK = /!?\[\[([^[\]|]+?)(?:\|([^[\]]*))?\]\]/g;

/**
 * `text` with each `[[target|display]]` shown as its display text (or the target's name), except links
 * whose target `drop` returns true for: those are removed, as a commitment's own person is shown apart.
 */
export function plainText(text: string, drop: (target: string) => boolean = () => false): string {
  return text
    .replace(WIKILINK, (_all, target: string, display: string | undefined) => {
      const clean = target.split("#")[0]?.trim() ?? "";
      if (drop(clean)) return "";
      return display?.trim() || (clean.split("/").pop() ?? clean);
    })
    .replace(/\s+/g, " ")
    .trim();
}
