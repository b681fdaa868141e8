/** Bad input, reported instead of thrown: the file, the line when known (1-based), and why. */
export interface Problem {
  path: string;
  line: number | null;
  message: string;
}
