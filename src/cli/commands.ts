/**
 * The CLI's commands: the due list, a person's timeline and the problems of a vault folder. The CLI is
 * the one place outside the plugin that reads the clock: "today" defaults to the local date.
 */
import { parseArgs } from "node:util";
import { existsSync, statSync } from "node:fs";
import moment from "moment";
import { ISO_DATE_FORMAT, parseIsoDate } from "../core/calendar/dates";
import { findPerson, timeline } from "../core/report/timeline";
import { cacheFile, cacheFolder, clearCacheFile } from "./cache-file";
import { DEFAULT_CONFIG_DIR, readVault, vaultSettings } from "./read-vault";
import { groupCounts, reportForGroup } from "../core/report/groups";
import { dueText } from "./due-text";
import { problemsText, timelineText, unresolvedText } from "./report-text";

export const USAGE = `Usage:
  rapport due --vault DIR [--today YYYY-MM-DD] [--json] [--group NAME]
                                                           who is due a check-in, and which promises are due
  rapport person NAME --vault DIR [--json]                 everything with one person, newest first
  rapport check --vault DIR [--json]                       problems in the vault's notes (exit 1 if any)
  rapport cache clear --vault DIR                          remove the vault's note cache

  --config-dir NAME   the vault's config folder, when it is not .obsidian: Rapport reads its settings there
  --no-cache          read every note, and leave the cache alone
`;

/** A mistake in how the command was called: the message, then the usage. */
export class UsageError extends Error {}

/** A request that cannot be met (no such vault or person): the message alone. */
export class CliError extends Error {}

/** `out` is for what was asked; `warn` for what went wrong without stopping the command. */
export function run(argv: string[], out: (text: string) => void, warn: (text: string) => void = () => undefined, cacheFolderPath = cacheFolder()): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      vault: { type: "string", default: "." },
      today: { type: "string" },
      json: { type: "boolean", default: false },
      "config-dir": { type: "string", default: DEFAULT_CONFIG_DIR },
      "no-cache": { type: "boolean", default: false },
      group: { type: "string", default: "" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const vault = values.vault;
  if (!existsSync(vault) || !statSync(vault).isDirectory()) throw new CliError(`no vault folder at ${vault}`);
  const today = values.today === undefined ? moment().format(ISO_DATE_FORMAT) : parseIsoDate(values.today);
  if (today === null) throw new UsageError(`--today ${values.today ?? ""} is not a date (YYYY-MM-DD)`);
  const cache = cacheFile(vault, cacheFolderPath);
  if (command === "cache") {
    if (rest.join(" ") !== "clear") throw new UsageError(`unknown cache command "${rest.join(" ")}"; did you mean "rapport cache clear"?`);
    out(clearCacheFile(cache) ? `Removed the note cache of ${vault} (${cache}).\n` : `${vault} has no note cache (${cache}).\n`);
    return 0;
  }
  const { model, warnings } = readVault(vault, vaultSettings(vault, values["config-dir"]), values["no-cache"] ? null : cache);
  for (const warning of warnings) warn(`rapport: warning: ${warning}\n`);
  const settings = model.settings;
  const json = (value: unknown) => out(JSON.stringify(value, null, 2) + "\n");

  switch (command) {
    case "due": {
      const report = model.report(today);
      // The groups' counts are the whole vault's, whichever group is shown.
      if (values.json) json({ ...reportForGroup(report, values.group), groups: groupCounts(report) });
      else out(dueText(report, settings, values.group));
      return 0;
    }
    case "person": {
      const name = rest.join(" ");
      if (name === "") throw new UsageError("rapport person needs a name");
      const person = findPerson(model, name);
      if (!person) throw new CliError(`no person called "${name}" in ${vault}`);
      const events = timeline(model, person.path);
      if (values.json) json({ name: person.name, path: person.path, events });
      else out(timelineText(person.name, events, today));
      return 0;
    }
    case "check": {
      // Names that link no note are listed, but they are not problems: the exit code is the problems'.
      const { problems, unresolved } = model.report(today);
      if (values.json) json({ problems, unresolved });
      else out(problemsText(problems, model.index.size) + unresolvedText(unresolved));
      return problems.length > 0 ? 1 : 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
