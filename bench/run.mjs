// `npm run bench`: builds the CLI and the plugin (the CLI is timed as a process, main.js is measured),
// bundles bench/bench.ts and bench/startup.ts with the obsidian stand-in and runs the bench with
// --expose-gc so the memory figures are measured after a real collection. Flags pass through. The view
// is also timed in headless Chromium when it is installed: bench/view-in-browser.ts is bundled for the
// browser here, where esbuild is at hand, and its path handed on.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import esbuild from "esbuild";
import { bundleWithStandIn } from "../scripts/bundle-with-stand-in.mjs";

execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: ["ignore", "ignore", "inherit"] });
const bundle = await bundleWithStandIn("bench/bench.ts");
const startup = await bundleWithStandIn("bench/startup.ts");
const browserBundle = join(dirname(bundle), "view-in-browser.js");
await esbuild.build({
  entryPoints: ["bench/view-in-browser.ts"],
  bundle: true,
  platform: "browser",
  format: "iife",
  outfile: browserBundle,
  alias: { obsidian: "./bench/obsidian-in-browser.ts" },
  logLevel: "warning",
});
execFileSync("node", ["--expose-gc", "--max-old-space-size=8192", bundle, "--browser-bundle", browserBundle, "--startup-bundle", startup, ...process.argv.slice(2)], { stdio: "inherit" });
