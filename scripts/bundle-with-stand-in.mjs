// Bundles a TypeScript entry for Node with the obsidian stand-in in place of `obsidian`, so scripts (the
// screenshot, the benchmark) can run the plugin's own code outside Obsidian. Returns the bundle's path.
import esbuild from "esbuild";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function bundleWithStandIn(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), "rapport-script-")), "bundle.mjs");
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node20",
    // ESM for top-level await; bundled CommonJS packages still need a require for Node built-ins.
    format: "esm",
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    outfile,
    alias: { obsidian: "./test/obsidian/index.ts" },
    logLevel: "warning",
  });
  return outfile;
}
