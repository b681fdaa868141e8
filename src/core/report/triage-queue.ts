/**
 * What triage walks through, one at a time: the people no cadence tracks (most recently seen first: they
 * are the ones worth a rhythm), then the names the notes link to that are no note yet (most linked first).
 * People with `cadence: none` were answered already and are not asked again.
 */
import type { UnresolvedName } from "../index/contributions";
import type { Model } from "../index/model";
import { nameKey } from "../index/vault-index";
import { compareText } from "../text/compare";
import type { DueReport, PersonRow } from "./due-report";
import { timeline, type TimelineEvent } from "./timeline";

export type TriageItem = { kind: "person"; person: PersonRow; recent: TimelineEvent[] } | { kind: "name"; name: string; places: UnresolvedName[] };

/** Interactions shown with each person: enough to remember who they are. */
const RECENT = 3;

export function triageQueue(model: Model, report: DueReport): TriageItem[] {
  const people = report.people
    .filter((p) => p.cadence === null)
    .sort((a, b) => compareText(b.lastContact ?? "", a.lastContact ?? "") || compareText(a.name, b.name))
    .map((person): TriageItem => ({ kind: "person", person, recent: timeline(model, person.path).filter((e) => e.kind === "interaction").slice(0, RECENT) }));
  const byName = new Map<string, UnresolvedName[]>();
  for (const u of report.unresolved) {
    const key = nameKey(u.name);
    const places = byName.get(key);
    if (places) places.push(u);
    else byName.set(key, [u]);
  }
  const names = [...byName.values()]
    .sort((a, b) => b.length - a.length || compareText(a[0]?.name ?? "", b[0]?.name ?? ""))
    .map((places): TriageItem => ({ kind: "name", name: places[0]?.name ?? "", places }));
  return [...people, ...names];
}
