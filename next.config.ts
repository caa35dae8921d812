import path from "node:path";
import type { NextConfig } from "next";
import { UNCONDITIONAL_FEED_REWRITES } from "./lib/feeds/feed-files";
import { platformEnv } from "./lib/platform/env.mjs";
import {
  DATA_CONTENT_SECURITY_POLICY,
  DATA_PATHS,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/http/security-headers";
import { DEFAULT_VIEW, LIST_VIEWS, plainViewRewrites, viewPath, type ListPath } from "./lib/views/list-views";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Cached renders and query results (lib/platform/cache): in Redis when REDIS_URL is set, shared
  // by every instance; else in this process's memory. Never in .next/cache, where they would
  // outlive the process and serve a later one (a fresh database, a restart) stale pages.
  cacheHandler: path.resolve("lib/platform/cache/cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Security headers on every response (lib/http/security-headers.ts). Cached pages would
  // otherwise say `s-maxage=31536000`: the site invalidates its own cache on every edit, but a
  // CDN or proxy in front would keep serving the old page for a year.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Later rules win: what is never a page gets the strictest policy instead.
      ...DATA_PATHS.map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: DATA_CONTENT_SECURITY_POLICY }],
      })),
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [STRICT_TRANSPORT_SECURITY],
      },
      {
        source: "/((?!_next/|api/|admin|feed|atom|feeds/|downloads/|og/).*)",
        headers: [{ key: "Cache-Control", value: "public, max-age=0, must-revalidate" }],
      },
    ];
  },
  // A list page without a selection is its default view's cached render, and so are a search for
  // plain text and a plain page number (lib/views/list-views.ts); proxy.ts rewrites every other
  // selection.
  async rewrites() {
    return {
      beforeFiles: [
        ...plainViewRewrites(),
        ...(Object.keys(LIST_VIEWS) as ListPath[]).map((list) => ({
          source: list,
          destination: viewPath(list, DEFAULT_VIEW),
        })),
        ...UNCONDITIONAL_FEED_REWRITES,
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // Instances share cached renders only within one build (lib/platform/cache). Built once and
  // copied, they share its ID; built on each machine, they must be given the same BUILD_ID.
  generateBuildId: async () => platformEnv().BUILD_ID ?? null,
  typedRoutes: false,
};

export default nextConfig;
