import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The app never loads the database tools (migrator, schema engine, export/import): they run
    // from the command line, before the server starts. Tests and scripts may use them.
    files: ["app/**", "components/**", "lib/**", "*.ts"],
    ignores: ["**/*.test.ts", "*.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@/tools/*", "**/tools/*"], message: "tools/ is for the command line only." }],
        },
      ],
    },
  },
  {
    // Journeys take `test` from e2e/fixtures/test.ts, which fails one that meets a script the
    // site's Content-Security-Policy refuses.
    files: ["e2e/**/*.spec.ts", "e2e/*.setup.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              importNames: ["test"],
              message: "Import test from e2e/fixtures/test.ts: it fails a journey on a refused script.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "bench/floor/.next/**",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
