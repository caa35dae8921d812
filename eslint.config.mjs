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
  globalIgnores([
    ".next/**",
    "bench/routing-designs/.next/**",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
