// `npm run bench`: bundles bench/bench.ts (with the obsidian stand-in's DOM for the view figure) and runs
// it with --expose-gc so the memory figures are measured after a real collection. Flags pass through.
import { execFileSync } from "node:child_process";
import { bundleWithStandIn } from "../scripts/bundle-with-stand-in.mjs";

const bundle = await bundleWithStandIn("bench/bench.ts");
execFileSync("node", ["--expose-gc", "--max-old-space-size=8192", bundle, ...process.argv.slice(2)], { stdio: "inherit" });
