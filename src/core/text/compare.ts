/**
 * Sorting text by code point: the same order on every machine and in every locale (localeCompare depends
 * on both), and many times faster, which matters when sorting every interaction of a ten-year vault.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
