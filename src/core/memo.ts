/**
 * A small memo for the due list: a value computed from an object, a day and a few other inputs, kept
 * until any of them changes. Weakly keyed, so it goes with the facts it was computed from. The index
 * replaces (never mutates) the arrays and objects it hands out, so identity says when inputs changed.
 */
export class Memo<K extends object, V> {
  private readonly entries = new WeakMap<K, { inputs: readonly unknown[]; value: V }>();

  get(key: K, inputs: readonly unknown[], compute: () => V): V {
    const entry = this.entries.get(key);
    if (entry && sameInputs(entry.inputs, inputs)) return entry.value;
    const value = compute();
    this.entries.set(key, { inputs, value });
    return value;
  }
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
