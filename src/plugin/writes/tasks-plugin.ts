/**
 * Recurring tasks belong to the Tasks plugin: marking one done writes its next occurrence, with the
 * recurrence rules and settings only Tasks knows. Rapport asks Tasks' published API to toggle such a
 * line (https://publish.obsidian.md/tasks/Advanced/Tasks+Api) and writes what it returns.
 */
import type { App } from "obsidian";

const TASKS_ID = "obsidian-tasks-plugin";

interface TasksApiV1 {
  executeToggleTaskDoneCommand(line: string, path: string): string;
}

/** Obsidian's registry of community plugins: not in its typings, but how plugins find each other. */
interface PluginRegistry {
  enabledPlugins?: Set<string>;
  plugins?: Record<string, { apiV1?: TasksApiV1 } | undefined>;
}

/** The Tasks plugin's API when it is on, else null. */
export function tasksApi(app: App): TasksApiV1 | null {
  const registry = (app as unknown as { plugins?: PluginRegistry }).plugins;
  if (!registry?.enabledPlugins?.has(TASKS_ID)) return null;
  const api = registry.plugins?.[TASKS_ID]?.apiV1;
  return typeof api?.executeToggleTaskDoneCommand === "function" ? api : null;
}
