/**
 * Which cadence a person is checked in by, and so why they are due: their own cadence; else the
 * cadence of one of their groups (the group giving the earliest next check-in, a tie going to the group
 * listed first in their note); else the default cadence. `cadence: none` keeps them untracked whatever
 * their groups or the default say, and an unreadable cadence (a problem) is not replaced by either.
 */
import type { Cadence } from "../calendar/cadence";
import type { Cadences } from "../calendar/cadences";
import type { Interaction, Person } from "../index/contributions";
import { groupName } from "../parse/person";
import type { Problem } from "../problem";
import { checkIn, type CheckIn, type CheckInRules } from "./check-ins";

/** Why a person's row has its due date. Null when it has none. */
export type DueReason = "cadence" | "group" | "default" | "new-acquaintance";

export interface ChosenCheckIn {
  state: CheckIn;
  reason: DueReason | null;
  /** The group whose cadence applies, when one does. */
  group: string | null;
}

/** The cadences that apply to people with none of their own; read once per due list. */
export interface FallbackCadences {
  byGroup: ReadonlyMap<string, Cadence | "none">;
  default: Cadence | null;
}

export function chosenCheckIn(person: Person, interactions: readonly Interaction[], fallbacks: FallbackCadences, rules: CheckInRules): ChosenCheckIn {
  const own = person.cadence;
  if (own === "none" || own === "unreadable") return { state: checkIn(person, interactions, null, rules), reason: null, group: null };
  if (own !== null) return withReason(checkIn(person, interactions, own, rules), "cadence", null);
  let chosen: ChosenCheckIn | null = null;
  for (const group of person.groups) {
    const cadence = fallbacks.byGroup.get(group);
    if (cadence === undefined) continue;
    const state = checkIn(person, interactions, cadence === "none" ? null : cadence, rules);
    const earlier = state.due !== null && (chosen === null || chosen.state.due === null || state.due < chosen.state.due);
    if (chosen === null || earlier) chosen = withReason(state, "group", group);
  }
  if (chosen) return chosen;
  return withReason(checkIn(person, interactions, fallbacks.default, rules), "default", null);
}

function withReason(state: CheckIn, reason: DueReason, group: string | null): ChosenCheckIn {
  return { state, reason: state.due === null ? null : reason, group: state.cadence === null && group === null ? null : group };
}

/**
 * The group cadences of the settings, by group name as people's notes compare them (see `groupName`).
 * One that does not read is a problem of the settings, and that group gives no cadence.
 */
export function groupCadences(written: Readonly<Record<string, string>>, cadences: Cadences, problems: Problem[]): Map<string, Cadence | "none"> {
  const byGroup = new Map<string, Cadence | "none">();
  for (const [name, text] of Object.entries(written)) {
    const group = groupName(name);
    if (group === "" || text.trim() === "") continue;
    const parsed = cadences.parse(text);
    if (parsed.ok) byGroup.set(group, parsed.cadence ?? "none");
    else problems.push({ path: "(settings)", line: null, message: `group "${group}": ${parsed.reason}` });
  }
  return byGroup;
}
