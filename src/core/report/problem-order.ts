/** Problems in the order a person reads them: by note, then line, then words. */
import type { Problem } from "../problem";
import { compareText } from "../text/compare";

export function byPlace(a: Problem, b: Problem): number {
  return compareText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message);
}
