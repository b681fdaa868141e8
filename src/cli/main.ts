/** `rapport`: the command-line entry point. */
import { run, UsageError, USAGE } from "./commands";

try {
  process.exitCode = run(process.argv.slice(2), (text) => process.stdout.write(text));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true;
  process.stderr.write(`rapport: ${(error as Error).message}\n${usage ? USAGE : ""}`);
  process.exitCode = 2;
}
