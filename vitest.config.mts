import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Calendar dates must not depend on the machine's time zone: the date-sensitive core tests run again
// under a zone far west of UTC (with DST) and one at UTC+14.
const dateSensitive = ["test/core/**/*.test.ts", "test/cli/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      { test: { name: "node", environment: "node", include: ["test/core/**/*.test.ts", "test/cli/**/*.test.ts"] } },
      { test: { name: "tz-los-angeles", environment: "node", include: dateSensitive, env: { TZ: "America/Los_Angeles" } } },
      { test: { name: "tz-kiritimati", environment: "node", include: dateSensitive, env: { TZ: "Pacific/Kiritimati" } } },
      {
        // The plugin shell, through a small stand-in for the obsidian module over real files and a real DOM.
        resolve: { alias: { obsidian: fileURLToPath(new URL("./test/obsidian/index.ts", import.meta.url)) } },
        test: { name: "plugin", environment: "happy-dom", include: ["test/plugin/**/*.test.ts"], setupFiles: ["test/obsidian/dom-setup.ts", "fake-indexeddb/auto"] },
      },
    ],
  },
});
