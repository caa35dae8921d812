// `npm run sources:check` end to end: the real script, run with tsx against a temporary SQLite
// file whose sources point at a local server (tests/support/link-server.ts).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { startLinkServer, type LinkServer } from "@/tests/support/link-server";
import { applyMigrations } from "@/tools/db/migrator";

const dir = mkdtempSync(join(tmpdir(), "tracker-sources-cli-"));
const databaseUrl = `file:${join(dir, "cli.db")}`;
let server: LinkServer;
let prisma: PrismaClient;

beforeAll(async () => {
  server = await startLinkServer();
  await applyMigrations({ databaseUrl });
  prisma = createPrismaClient(databaseUrl);
  for (const page of ["/ok", "/moved", "/missing", "/gone", "/hang"]) {
    await prisma.source.create({
      data: { slug: `local${page.replace("/", "-")}`, url: server.url(page), publisher: "Local" },
    });
  }
});

afterAll(async () => {
  await prisma.$disconnect();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What `npm run sources:check` runs, minus npm's start-up; asynchronous, so the server answers. */
function runCli(args: string[], url = databaseUrl) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/check-sources.ts", ...args],
      {
        encoding: "utf8",
        env: {
          ...process.env,
          DATABASE_URL: url,
          SOURCE_CHECK_TIMEOUT_MS: "1000",
          SOURCE_CHECK_HOST_DELAY_MS: "0",
        },
      },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each run starts tsx afresh: seconds apiece on a busy machine.
describe("npm run sources:check", { timeout: 90_000 }, () => {
  it("checks every link, prints the counts and the broken and moved ones, and exits 0 all the same", async () => {
    const run = await runCli(["--delay", "10"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Checked 5 link(s).");
    expect(run.stdout).toMatch(/^OK +1$/m);
    expect(run.stdout).toMatch(/^MOVED +1$/m);
    expect(run.stdout).toMatch(/^NOT_FOUND +1$/m);
    expect(run.stdout).toMatch(/^GONE +1$/m);
    expect(run.stdout).toMatch(/^TIMEOUT +1$/m);
    expect(run.stdout).toMatch(new RegExp(`^NOT_FOUND +404 +local-missing +${server.url("/missing")}$`, "m"));
    expect(run.stdout).toMatch(new RegExp(`^GONE +410 +local-gone `, "m"));
    expect(run.stdout).toMatch(/^TIMEOUT +no answer within 1 s +local-hang /m);
    expect(run.stdout).toContain(`${server.url("/moved")} -> ${server.url("/ok")}`);
    expect(run.stdout).not.toContain("local-ok");
    // A line per link as it is checked, on stderr.
    expect(run.stderr.trim().split("\n")).toHaveLength(5);
    expect(await prisma.sourceLinkCheck.count()).toBe(5);
  });

  it("takes a limit and a text to match; those checked longest ago go first", async () => {
    const run = await runCli(["--limit", "2", "--match", "LOCAL-", "--quiet"]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toContain("Checked 2 link(s); 3 source(s) left for the next run.");
  });

  it("exits 2 on a bad option and 1 on a database it cannot use, saying why", async () => {
    const bad = await runCli(["--limit", "many"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--limit must be a whole number from 1 to 100000, not "many".');
    const missing = await runCli([], `file:${join(dir, "missing.db")}`);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("is not migrated");
  });
});
