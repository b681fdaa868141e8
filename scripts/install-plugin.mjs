// Copies the built plugin (main.js, manifest.json, styles.css) into a vault's .obsidian/plugins/rapport/.
// Usage: npm run build && node scripts/install-plugin.mjs /path/to/vault
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const vault = process.argv[2];
if (!vault || !existsSync(vault)) {
  console.error("Usage: node scripts/install-plugin.mjs /path/to/vault (a folder that exists)");
  process.exit(2);
}
if (!existsSync("main.js")) {
  console.error("main.js is missing: run `npm run build` first.");
  process.exit(1);
}
const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
const target = join(resolve(vault), ".obsidian", "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(target, file));
process.stdout.write(`Installed into ${target}. In Obsidian: Settings → Community plugins → turn on Rapport (reload the vault if it was open).\n`);
