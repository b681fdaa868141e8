/** A person's timeline and the vault's problems as readable, aligned text for a terminal. */
import type { UnresolvedName } from "../core/index/contributions";
import type { Problem } from "../core/problem";
import type { TimelineEvent } from "../core/report/timeline";
import { relativeDay } from "../core/text/wording";
import { table } from "./table";

export function timelineText(name: string, events: TimelineEvent[], today: string): string {
  const rows = events.map((e) => [
    e.date ?? "(undated)",
    e.kind === "interaction" ? relativeDay(e.date, today) : `${e.status ?? ""} promise`,
    e.text || "(no text)",
    `${e.path}:${e.line}`,
  ]);
  const lines = [`${name}: ${count(events.length, "entry", "entries")}, newest first`, ...table(rows)];
  return lines.join("\n") + "\n";
}

/** Names that link no note yet, each with the notes that link it: they may be people to create. */
export function unresolvedText(unresolved: readonly UnresolvedName[]): string {
  if (unresolved.length === 0) return "";
  const byName = new Map<string, string[]>();
  for (const u of unresolved) byName.set(u.name, [...(byName.get(u.name) ?? []), `${u.path}:${u.line}`]);
  const rows = [...byName].map(([name, places]) => [name, places.join(", ")]);
  return ["", `${count(byName.size, "name links", "names link")} no note yet (not problems; they may be people):`, ...table(rows)].join("\n") + "\n";
}

export function problemsText(problems: Problem[], noteCount: number): string {
  if (problems.length === 0) return `No problems in ${count(noteCount, "note")}.\n`;
  const rows = problems.map((p) => [p.line === null ? p.path : `${p.path}:${p.line}`, p.message]);
  return [`${count(problems.length, "problem")} in ${count(noteCount, "note")}:`, ...table(rows)].join("\n") + "\n";
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
