/**
 * Each person's share of the due list (their row and their open loops), kept for a day: an edit makes
 * the due list again, and only the people whose notes or lists it touched are worked out again. The
 * loops walk a person's whole history, so a plain recompute of 2,000 people took 20 ms a keystroke's edit
 * (twice the budget); the rest of the list (sorting, rows of promises) stays plain. The owner (the model)
 * gives each person a version that changes with anything their share reads, and drops this memo when
 * the settings change.
 */
import type { IsoDate } from "../calendar/dates";
import type { PersonReport } from "./person-row";

export class PersonShares {
  private readonly shares = new Map<string, { today: IsoDate; version: number; share: PersonReport }>();

  /** The person's share for `today` as of `version`, made by `make` when there is none. */
  get(path: string, today: IsoDate, version: number, make: () => PersonReport): PersonReport {
    const kept = this.shares.get(path);
    if (kept && kept.today === today && kept.version === version) return kept.share;
    const share = make();
    this.shares.set(path, { today, version, share });
    return share;
  }

  /** Forgets the people no longer in the vault. */
  keepOnly(paths: ReadonlyMap<string, unknown>): void {
    for (const path of this.shares.keys()) if (!paths.has(path)) this.shares.delete(path);
  }
}
