// The bench's measure of a raw read, as a process of its own: walk the vault, read every Markdown file and
// split it into lines. Rapport's CLI is timed against this, in the same run.
import { readdirSync, readFileSync } from "node:fs";

const options = { encoding: "utf8", flag: "r" };
let lines = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) walk(path);
    else if (entry.name.toLowerCase().endsWith(".md")) lines += readFileSync(path, options).split("\n").length;
  }
};
walk(process.argv[2]);
process.stdout.write(`${lines}\n`);
