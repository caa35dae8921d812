import { defineConfig } from "prisma/config";

// The CLI is used for `prisma generate` only: migrations run through tools/db (WebAssembly
// schema engine), because the native engine cannot be downloaded on our machines.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
