// Lint as Obsidian's plugin reviewers do (eslint-plugin-obsidianmd's recommended, type-aware), plus
// the house rules that keep src/core pure. Every exception below says why.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { builtinModules } from "node:module";

export default defineConfig([
  globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "bench/results.json", "examples/", "scratch/"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.mjs", "scripts/*.mjs", "bench/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["package.json"],
    rules: {
      // moment: the CLI must parse daily-note names exactly as Obsidian does, and Obsidian ships moment.
      // js-yaml: gray-matter's own YAML engine, given the core schema so dates stay strings.
      "depend/ban-dependencies": ["error", { allowed: ["moment", "js-yaml"] }],
    },
  },
  {
    // The core runs everywhere (plugin on mobile, CLI, tests): no Obsidian, no Node, no clock.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["obsidian", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)].map((name) => ({
            name,
            message: "src/core is pure: the plugin and the CLI feed it.",
          })),
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "src/core has no clock: take 'today' as a parameter." },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "src/core has no clock: take 'today' as a parameter." },
      ],
    },
  },
  {
    files: ["src/plugin/settings-tab.ts"],
    rules: {
      // minAppVersion is below 1.13, which brings the declarative settings API; display() is the API until
      // then, and the tab calls it again to redraw after a rule is added or removed.
      "obsidianmd/settings-tab/prefer-setting-definitions": "off",
      "@typescript-eslint/no-deprecated": "off",
    },
  },
  {
    // The obsidian stand-in implements Obsidian's own helpers (createEl, trashFile) the plain way.
    files: ["test/obsidian/**/*.ts"],
    rules: { "obsidianmd/prefer-create-el": "off", "obsidianmd/prefer-file-manager-trash-file": "off" },
  },
  {
    // The CLI, the tests, the benchmark and the build scripts run in Node, never in Obsidian.
    files: ["src/cli/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "bench/**/*.mjs", "scripts/**/*.ts", "scripts/**/*.mjs", "*.mjs", "vitest.config.mts"],
    languageOptions: { globals: globals.node },
    rules: {
      // Outside Obsidian there is no bundled moment to import from "obsidian".
      "@typescript-eslint/no-restricted-imports": "off",
      "import/no-nodejs-modules": "off",
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      // Node has no window: globalThis is the only global object there.
      "obsidianmd/no-global-this": "off",
    },
  },
]);
