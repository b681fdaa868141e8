/** A frontmatter block whose YAML does not parse, as a problem naming the line the parser stopped at. */
import type { Problem } from "../problem";

/**
 * `yamlLineZero`: the file line (1-based) of the parser's line 0. `lastLine`: the closing `---`, the last
 * line that can be at fault (an error at the end of the YAML is reported past it).
 */
export function yamlProblem(path: string, error: unknown, yamlLineZero: number, lastLine: number): Problem {
  const e = error as { reason?: string; message?: string; mark?: { line?: number } };
  const line = typeof e.mark?.line === "number" ? Math.min(e.mark.line + yamlLineZero, lastLine) : null;
  return { path, line, message: `frontmatter is not valid YAML: ${e.reason ?? e.message ?? String(error)}` };
}
