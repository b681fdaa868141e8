/** The writes Rapport made this session, newest last, for "Undo last Rapport change". */
import type { Write } from "../../core/edit/undo";

/** More than the 20: a morning's triage can make dozens of small writes. */
const KEPT = 50;

export class UndoJournal {
  private readonly writes: Write[] = [];

  add(write: Write): void {
    this.writes.push(write);
    if (this.writes.length > KEPT) this.writes.shift();
  }

  /** The newest write not yet undone, taken off the journal. */
  takeLast(): Write | undefined {
    return this.writes.pop();
  }

  /** Takes `write` off the journal (it was undone from its notice). */
  forget(write: Write): void {
    const at = this.writes.indexOf(write);
    if (at >= 0) this.writes.splice(at, 1);
  }

  get size(): number {
    return this.writes.length;
  }
}
