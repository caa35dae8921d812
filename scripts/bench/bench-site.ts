// What every benchmark needs: a database of a given size, and the production server on it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, databaseLabel } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { dropPostgresqlDatabase } from "@/tools/db/postgresql";
import { seedIfEmpty } from "@/prisma/seed";
import { countEntries, fillWithSyntheticEntries } from "./synthetic-entries";

/** Builds the app for production unless BENCH_SKIP_BUILD=1 and a build exists. */
export function ensureBuild(): void {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(".next/BUILD_ID")) return;
  console.log("Building the app (next build)…");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export interface BenchDatabase {
  databaseUrl: string;
  /** Entries a reader can see, as countEntries counts them. */
  entries: number;
}

/** Migrates, seeds the story and fills with synthetic entries up to `total` (none below the story's size). */
async function fillDatabase(databaseUrl: string, total: number): Promise<BenchDatabase> {
  await applyMigrations({ databaseUrl });
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedIfEmpty(prisma);
    await fillWithSyntheticEntries(prisma, total);
    const entries = await countEntries(prisma);
    console.log(`Database ${databaseLabel(databaseUrl)}: ${entries} entries.`);
    return { databaseUrl, entries };
  } finally {
    await prisma.$disconnect();
  }
}

/** Deletes an SQLite database file and its companions, if any. */
export function removeSqliteDatabase(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/** A fresh SQLite database at `file`, migrated, seeded with the story and filled to `total` entries. */
export async function prepareSqliteDatabase(file: string, total: number): Promise<BenchDatabase> {
  removeSqliteDatabase(file);
  return fillDatabase(`file:${file}`, total);
}

/** A fresh PostgreSQL database at `databaseUrl` (dropped first if it exists), prepared like SQLite's. */
export async function preparePostgresqlDatabase(databaseUrl: string, total: number): Promise<BenchDatabase> {
  await dropPostgresqlDatabase(databaseUrl);
  return fillDatabase(databaseUrl, total);
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

const NEXT_BIN = "node_modules/next/dist/bin/next";

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `next start` on `port` (which must be free) and waits until `/about` answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  if (await answers(origin)) throw new Error(`Port ${port} is taken: stop what runs there first.`);
  // Node runs Next directly (no npm/npx wrapper), so stopping the process group stops the server.
  const child: ChildProcess = spawn(
    process.execPath,
    // Bound like `npm start`, as production runs it.
    [path.resolve(NEXT_BIN), "start", "-p", String(port)],
    {
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    const killer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${origin}/about`))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`next start on ${port} did not come up`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin, stop };
}
