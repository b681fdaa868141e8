/** `rapport`: the command-line entry point. */
import { CliError, run, UsageError, USAGE } from "./commands";

try {
  process.exitCode = run(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true;
  if (!usage && !(error instanceof CliError)) throw error;
  process.stderr.write(`rapport: ${(error as Error).message}\n${usage ? USAGE : ""}`);
  process.exitCode = usage ? 2 : 1;
}
