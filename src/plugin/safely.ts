/**
 * Runs an action started by the user (a command, a button, a menu item) so that a failure is a notice
 * saying what failed, never an unhandled rejection the user does not see.
 */
import { Notice } from "obsidian";

export function safely(what: string, run: () => unknown): void {
  const failed = (error: unknown) => new Notice(`Rapport could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
  try {
    const result = run();
    if (result instanceof Promise) result.catch(failed);
  } catch (error) {
    failed(error);
  }
}
