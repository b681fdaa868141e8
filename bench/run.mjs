// `npm run bench`: bundles bench/bench.ts (with the obsidian stand-in's DOM for the view figure) and runs
// it with --expose-gc so the memory figures are measured after a real collection. Flags pass through.
import esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bundle = join(mkdtempSync(join(tmpdir(), "rapport-bench-build-")), "bench.mjs");
await esbuild.build({
  entryPoints: ["bench/bench.ts"],
  bundle: true,
  platform: "node",
  // ESM for top-level await; bundled CommonJS packages still need a require for Node built-ins.
  format: "esm",
  banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  target: "node20",
  outfile: bundle,
  alias: { obsidian: "./test/obsidian/index.ts" },
  logLevel: "warning",
});
execFileSync("node", ["--expose-gc", "--max-old-space-size=8192", bundle, ...process.argv.slice(2)], { stdio: "inherit" });
