/**
 * What a cadence being typed would mean for one person, for the forms that set one: the rule in words
 * and the next check-in, or why it cannot be saved.
 */
import type { Cadences } from "../calendar/cadences";
import type { IsoDate } from "../calendar/dates";

export interface CadencePreview {
  /** Whether the text can be saved as the person's cadence. */
  valid: boolean;
  message: string;
}

export function cadencePreview(text: string, lastContact: IsoDate | null, today: IsoDate, cadences: Cadences): CadencePreview {
  const parsed = cadences.parse(text);
  if (!parsed.ok) return { valid: false, message: capitalised(parsed.reason) };
  if (parsed.cadence === null) return { valid: true, message: "Not tracked: no check-ins, whatever the default." };
  const { words } = parsed.cadence;
  if (lastContact === null) return { valid: true, message: `${capitalised(words)}: no contact yet, so a check-in is due today.` };
  const next = cadences.nextAfter(parsed.cadence, lastContact);
  if ("ended" in next) return { valid: true, message: `${capitalised(words)}: it has ended, so no more check-ins.` };
  if ("never" in next) return { valid: false, message: `${capitalised(words)} never falls after the last contact (${lastContact}).` };
  return { valid: true, message: `${capitalised(words)}: next check-in ${next.due}${next.due < today ? " (already past)" : ""}.` };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
