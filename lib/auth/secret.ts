import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sqlitePath } from "@/lib/db/client";
import { getEnv } from "@/lib/env";

const SECRET_FILE = "auth-secret";

/**
 * The key that signs sessions. AUTH_SECRET when set. On the embedded SQLite default, the first
 * start makes one and keeps it beside the database (never in git), so the site needs no setup;
 * any other deployment must set AUTH_SECRET, and fails fast without it.
 */
export function resolveAuthSecret(): string {
  const env = getEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (!env.DATABASE_URL.startsWith("file:")) {
    throw new Error("AUTH_SECRET is not set: every deployment on a server database must set it.");
  }
  const path = join(dirname(sqlitePath(env.DATABASE_URL)), SECRET_FILE);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    // `wx`: if two processes race on first start, the loser reads the winner's secret.
    try {
      writeFileSync(path, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(path, "utf8").trim();
}
