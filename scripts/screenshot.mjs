// Renders the sidebar for the example vault in headless Chromium, light and dark, to PNG files.
// Needs Debian's chromium (apt-get install chromium). Usage: node scripts/screenshot.mjs [OUT_DIR]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleWithStandIn } from "./bundle-with-stand-in.mjs";

const outDir = resolve(process.argv[2] ?? "screenshots");
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
if (!chromium) {
  console.error("No Chromium found: apt-get update && apt-get install -y chromium");
  process.exit(1);
}

const bundle = await bundleWithStandIn("scripts/render-sidebar.ts");
execFileSync("node", [bundle, outDir], { stdio: "inherit" });

for (const theme of ["light", "dark"]) {
  const png = join(outDir, `sidebar-${theme}.png`);
  execFileSync(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    `--user-data-dir=${mkdtempSync(join(tmpdir(), "rapport-chromium-"))}`,
    "--hide-scrollbars", "--window-size=360,1130", `--screenshot=${png}`,
    `file://${join(outDir, `sidebar-${theme}.html`)}`,
  ], { stdio: "ignore" });
  process.stdout.write(`${png}\n`);
}
