import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  experimental: {
    // Cached query results (lib/cache.ts) live in memory only, like Next's record of invalidated
    // tags: written to .next/cache they would outlive the process and serve a later one (after a
    // restart, a fresh database, an edit from the command line) results it never invalidated.
    isrFlushToDisk: false,
  },
  typedRoutes: false,
};

export default nextConfig;
