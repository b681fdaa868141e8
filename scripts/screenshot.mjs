// `npm run screenshot`: the README's pictures of the sidebar, the person panel and triage, light and dark,
// rendered from examples/vault by the real plugin (scripts/render-views.ts, bundled with the obsidian
// stand-in) and shot with headless Chromium into docs/screenshots/ (or the folder given).
// Needs Chromium at /usr/bin/chromium (Debian: apt-get update && apt-get install -y chromium).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { bundleWithStandIn } from "./bundle-with-stand-in.mjs";

const outDir = resolve(process.argv[2] ?? "docs/screenshots");
// Widths in CSS pixels: a right sidebar as most people keep it, and room around Obsidian's dialog.
const VIEWS = { sidebar: 340, person: 340, triage: 560 };
// Sharper than 1 for high-density screens, yet each PNG stays near 100 KB (at 2 the sidebar's is 170 KB).
const SCALE = 1.5;

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
if (!chromium) {
  console.error("Headless Chromium is needed for the screenshots, and none was found at /usr/bin/chromium.\nOn Debian or Ubuntu: apt-get update && apt-get install -y chromium");
  process.exit(1);
}

const pages = mkdtempSync(join(tmpdir(), "rapport-pages-"));
const bundle = await bundleWithStandIn("scripts/render-views.ts");
execFileSync("node", [bundle, pages], { stdio: "inherit" });
mkdirSync(outDir, { recursive: true });

// A throwaway profile, so the shots never touch (or depend on) a user's own Chromium settings.
const profile = mkdtempSync(join(tmpdir(), "rapport-chromium-"));

/** Runs headless Chromium on a page, with nothing fetched from the network, and returns what it printed. */
function chrome(args, url) {
  return execFileSync(chromium, [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync", "--disable-extensions",
    "--disable-background-networking", "--disable-component-update", "--hide-scrollbars",
    `--user-data-dir=${profile}`, ...args, url,
  ], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
}

for (const [view, width] of Object.entries(VIEWS)) {
  // First the page's height at this width (the page writes it into the DOM), so the picture is cut to
  // what it shows; the window is short so that nothing stretches to fill it. Both themes lay out alike.
  const dom = chrome([`--window-size=${width},100`, "--dump-dom"], `file://${join(pages, `${view}-light.html`)}?width=${width}`);
  const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
  if (!height) throw new Error(`could not measure ${view}'s page`);
  for (const theme of ["light", "dark"]) {
    const png = join(outDir, `${view}-${theme}.png`);
    chrome([`--window-size=${width},${height}`, `--force-device-scale-factor=${SCALE}`, `--screenshot=${png}`], `file://${join(pages, `${view}-${theme}.html`)}?width=${width}`);
    process.stdout.write(`${relative(process.cwd(), png)} (${width}×${height}, ${Math.round(statSync(png).size / 1024)} KB)\n`);
  }
}
rmSync(profile, { recursive: true, force: true });
process.stdout.write(`The pages, to look at in a browser: ${pages}\n`);
