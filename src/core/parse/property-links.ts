/**
 * Property values that name notes: `people: ["[[Steph Ango]]"]`, `categories: [[People]]`, or the name
 * written plainly. Read with the one wikilink reader (inline.ts).
 */
import { scanInline } from "./inline";

/** The note a property value names: `[[Folder/Steph Ango|Steph]]` → `Folder/Steph Ango`; plain text as written. */
export function propertyTarget(value: string): string {
  const text = value.trim();
  const link = text.startsWith("[[") ? scanInline(text).links[0] : undefined;
  return link && link.start === 0 && link.end === text.length ? link.target : text;
}

/** How a property value is compared with a person rule's: by the name it gives, in any case. */
export function propertyName(value: string): string {
  const target = propertyTarget(value);
  return target.slice(target.lastIndexOf("/") + 1).normalize("NFC").toLowerCase();
}
