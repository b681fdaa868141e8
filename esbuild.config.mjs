// Builds the Obsidian plugin (main.js, for desktop and mobile) and the command-line tool (dist/cli.js).
// `node esbuild.config.mjs` watches the plugin; `node esbuild.config.mjs production` builds both once.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { chmodSync, existsSync } from "node:fs";

const production = process.argv[2] === "production";

// rrule and chrono-node are bundled into main.js, so their licences travel with it.
const banner = `/*
Rapport: a personal CRM in plain Markdown. Built with esbuild; the source is in the repository.
Bundles rrule (https://github.com/jkbrzt/rrule), BSD-3-Clause licence, Copyright (c) 2010 Jakub Roztocil and Lars Schoning.
Bundles chrono-node (https://github.com/wanasit/chrono), MIT licence, Copyright (c) 2014 Wanasit Tanakitrungruang.
*/`;

const pluginEntry = "src/plugin/main.ts";

const pluginOptions = {
  banner: { js: banner },
  entryPoints: [pluginEntry],
  bundle: true,
  external: [
    "obsidian",
    "electron",
    "@codemirror/autocomplete",
    "@codemirror/collab",
    "@codemirror/commands",
    "@codemirror/language",
    "@codemirror/lint",
    "@codemirror/search",
    "@codemirror/state",
    "@codemirror/view",
    "@lezer/common",
    "@lezer/highlight",
    "@lezer/lr",
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: "cjs",
  target: "es2021",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
};

const cliOptions = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Dependencies stay in node_modules: the CLI is run from an installed checkout.
  packages: "external",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "info",
  outfile: "dist/cli.js",
};

const hasPlugin = existsSync(pluginEntry);

if (production) {
  await esbuild.build(cliOptions);
  // `npx rapport` runs the bin file itself, so it must be executable.
  chmodSync(cliOptions.outfile, 0o755);
  if (hasPlugin) await esbuild.build(pluginOptions);
} else {
  const context = await esbuild.context(hasPlugin ? pluginOptions : cliOptions);
  await context.watch();
}

