/**
 * Cadences as one model uses them, each worked out once. rrule is slow to parse a rule (tens of
 * microseconds) and slower to walk one, while a vault uses few distinct cadences and many people share a
 * last contact day: parsing 2,000 person notes and asking 2,000 next check-ins per due list would
 * otherwise be most of a start-up and of every edit. The memo lives as long as its model.
 */
import { parseCadence, type Cadence, type CadenceResult } from "./cadence";
import { nextCheckIn, type NextCheckIn } from "./next-check-in";
import type { IsoDate } from "./dates";

/** Past this many entries a memo starts again: the "set cadence" form asks about every keystroke. */
const MAX_ENTRIES = 10_000;

export class Cadences {
  private readonly parsed = new Map<string, CadenceResult>();
  /** By cadence text and last contact: the same text is the same rule. */
  private readonly next = new Map<string, NextCheckIn>();

  parse(value: unknown): CadenceResult {
    if (typeof value !== "string" && typeof value !== "number") return parseCadence(value);
    return remembered(this.parsed, String(value), () => parseCadence(value));
  }

  /** `nextCheckIn`, remembered per cadence and last contact. */
  nextAfter(cadence: Cadence, lastContact: IsoDate): NextCheckIn {
    return remembered(this.next, `${cadence.source}\u0000${lastContact}`, () => nextCheckIn(cadence, lastContact));
  }

  /** The next check-ins worked out so far, to keep between runs (they depend on nothing else). */
  knownCheckIns(): Array<[string, NextCheckIn]> {
    return [...this.next];
  }

  /** Next check-ins kept from an earlier run; any of the wrong shape is left out. */
  learnCheckIns(known: unknown): void {
    if (!Array.isArray(known)) return;
    for (const item of known as unknown[]) {
      if (!Array.isArray(item) || typeof item[0] !== "string" || !isNextCheckIn(item[1])) continue;
      if (this.next.size >= MAX_ENTRIES) return;
      this.next.set(item[0], item[1]);
    }
  }
}

function isNextCheckIn(x: unknown): x is NextCheckIn {
  if (x === null || typeof x !== "object") return false;
  const value = x as Record<string, unknown>;
  return value.ended === true || value.never === true || (typeof value.due === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.due));
}

function remembered<T>(memo: Map<string, T>, key: string, work: () => T): T {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  if (memo.size >= MAX_ENTRIES) memo.clear();
  const value = work();
  memo.set(key, value);
  return value;
}
