/** The hostile vault in the plugin: the same people and problems as the CLI reports, and no stall. */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { loadVault, pinToday } from "./harness";

beforeEach(() => pinToday("2026-11-23T09:30:00"));
afterEach(() => vi.useRealTimers());

it("loads the hostile vault and reports what the CLI reports", async () => {
  const { plugin } = await loadVault("test/fixtures/hostile-vault");
  const fromPlugin = plugin.report();
  const fromCli = readVault("test/fixtures/hostile-vault").model.report("2026-11-23");
  expect(fromPlugin?.people.map((p) => [p.name, p.status, p.due])).toEqual(fromCli.people.map((p) => [p.name, p.status, p.due]));
  // Obsidian keeps no frontmatter for YAML it cannot parse: the plugin parses such a block itself, as the
  // CLI does, so the duplicate key is reported on its own line by both.
  expect(fromPlugin?.problems).toEqual(fromCli.problems);
  expect(fromPlugin?.problems.find((p) => p.path === "People/Twice.md")).toEqual({ path: "People/Twice.md", line: 4, message: "frontmatter is not valid YAML: duplicated mapping key" });
});
