import path from "node:path";
import type { NextConfig } from "next";
import { platformEnv } from "./lib/platform/env.mjs";
import {
  DATA_CONTENT_SECURITY_POLICY,
  DATA_PATHS,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/http/security-headers";
import { surrogateHeaderRules } from "./lib/http/surrogate-keys";
import { movedEntryRedirects } from "./lib/content/moved-entries";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Metadata in every page's <head>, never streamed after it: the cache tier keeps one copy of a
  // page for every reader, crawlers included (Next.js would otherwise place it by User-Agent), and
  // feed readers' and link previews' autodiscovery reads the <head>.
  htmlLimitedBots: /.*/,
  // Cached query results (lib/platform/cache): in Redis when REDIS_URL is set, shared by every
  // instance; else in this process's memory. Never in .next/cache, where they would outlive the
  // process and serve a later one (a fresh database, a restart) stale data.
  cacheHandler: path.resolve("lib/platform/cache/cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Security headers on every response (lib/http/security-headers.ts), and what the cache tier in
  // front may keep (lib/http/surrogate-keys.ts).
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
      ...surrogateHeaderRules(),
    ];
  },
  // Entries whose address changed keep their old one as a permanent redirect.
  async redirects() {
    return movedEntryRedirects();
  },
  // Instances share cached query results only within one build (lib/platform/cache). Built once and
  // copied, they share its ID; built on each machine, they must be given the same BUILD_ID.
  generateBuildId: async () => platformEnv().BUILD_ID ?? null,
  typedRoutes: false,
};

export default nextConfig;
