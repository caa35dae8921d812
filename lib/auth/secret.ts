import { randomBytes } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { sqlitePath } from "@/lib/platform/db/client";
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
  if (!existsSync(path)) createSecretFile(path);
  return readFileSync(path, "utf8").trim();
}

/**
 * Writes a fresh secret under a temporary name, then links it into place: the link either
 * creates the complete file or fails because another process won the race (it then reads the
 * winner's secret), so nobody ever reads a half-written file.
 */
function createSecretFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(temporary, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
