import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@/": fileURLToPath(new URL("./", import.meta.url)),
      // Query modules are server-only; under Vitest they are plain Node modules.
      "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
      "next/cache": fileURLToPath(new URL("./tests/support/next-cache.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    // The suites mostly wait on databases, Redis and child processes: four files at once on CI's
    // two cores finish in well under Vitest's default (one fewer than the cores, so one there).
    maxWorkers: 4,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: [
            "lib/**/*.test.ts",
            "tests/**/*.test.ts",
            "scripts/**/*.test.ts",
            "tools/**/*.test.ts",
            "prisma/**/*.test.ts",
          ],
        },
      },
      // The integration suites again on PostgreSQL (tests/support/test-database.ts). The database
      // layer's own tests (lib/platform/db, lib/health) cover both kinds themselves.
      {
        extends: true,
        test: {
          name: "postgresql",
          include: ["lib/**/*.integration.test.ts"],
          exclude: ["lib/platform/db/**", "lib/health/**"],
          env: { TEST_DATABASE: "postgresql" },
        },
      },
    ],
  },
});
