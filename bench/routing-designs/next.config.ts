import path from "node:path";
import type { NextConfig } from "next";

const config: NextConfig = {
  cacheComponents: true,
  // The site's node_modules, two folders up.
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default config;
