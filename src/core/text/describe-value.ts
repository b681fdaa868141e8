/**
 * A value a user wrote, for a problem message: text quoted and cut short, a list or a map named, never
 * printed whole (a YAML alias can make a value far larger than the note that holds it).
 */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : typeof value;
}
