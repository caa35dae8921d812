// `npm run user` end to end: the real script, run with tsx against temporary SQLite files.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { createUser } from "@/lib/users/create-user";

const dir = mkdtempSync(join(tmpdir(), "tracker-user-cli-"));
const dbPath = join(dir, "cli.db");

beforeAll(async () => {
  await applyMigrations({ databaseUrl: `file:${dbPath}` });
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runCli(
  args: string[],
  { input, databasePath = dbPath }: { input?: string; databasePath?: string } = {},
) {
  // What `npm run user` runs, minus npm's and npx's start-up time.
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/user.ts", ...args], {
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${databasePath}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

// Each case runs the command a few times (tsx starting, argon2 hashing) beside the other test files.
describe("npm run user", { timeout: 90_000 }, () => {
  it("creates an owner with the password from standard input, audited as the CLI", () => {
    const run = runCli(
      ["create", "--email", "Boss@Example.com", "--name", "站长", "--role", "owner", "--password-stdin"],
      {
        input: "a long enough password\n",
      },
    );
    expect(run.stderr).toBe("");
    expect(run).toMatchObject({ status: 0, stdout: "Created owner boss@example.com (站长).\n" });
    expect(query("SELECT email, role, disabledAt FROM User")).toEqual([
      { email: "boss@example.com", role: "OWNER", disabledAt: null },
    ]);
    expect(query("SELECT action, actorId, email FROM AuditLog")).toEqual([
      { action: "USER_CREATED", actorId: "cli", email: "boss@example.com" },
    ]);
  });

  it("refuses bad input and taken emails with a message and a non-zero exit", () => {
    const invalid = runCli([
      "create",
      "--email",
      "x",
      "--name",
      "A",
      "--role",
      "admin",
      "--password",
      "short",
    ]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain("--email: 请输入有效的邮箱地址");
    expect(invalid.stderr).toContain("--role: 请选择角色");
    expect(invalid.stderr).toContain("--password: 密码至少需要 12 个字符");

    const taken = runCli(
      ["create", "--email", "boss@example.com", "--name", "B", "--role", "editor", "--password-stdin"],
      {
        input: "another long password",
      },
    );
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain("该邮箱已被使用");

    expect(
      runCli(["create", "--email", "c@example.com", "--name", "C", "--role", "editor"]).stderr,
    ).toContain("No password");
    expect(runCli(["frobnicate"]).status).toBe(2);
  });

  it("resets a password and disables a user, ending their sessions, but never the last owner", async () => {
    // Made through the shared operation directly: the CLI's own create is covered above.
    const db = createPrismaClient(`file:${dbPath}`);
    try {
      const ed = await createUser(
        db,
        { name: "Ed", email: "ed@example.com", role: "EDITOR", password: "first password!" },
        "cli",
      );
      expect(ed.ok).toBe(true);
    } finally {
      await db.$disconnect();
    }
    const reset = runCli(["reset-password", "--email", "ed@example.com", "--password-stdin"], {
      input: "second password!",
    });
    expect(reset).toMatchObject({ status: 0 });
    expect(runCli(["disable", "--email", "ed@example.com"])).toMatchObject({
      status: 0,
      stdout: "Disabled ed@example.com; every session of theirs has ended.\n",
    });
    expect(
      query(
        "SELECT sessionVersion, disabledAt IS NOT NULL AS disabled FROM User WHERE email = ?",
        "ed@example.com",
      ),
    ).toEqual([{ sessionVersion: 3, disabled: 1 }]);

    const lastOwner = runCli(["disable", "--email", "boss@example.com"]);
    expect(lastOwner.status).toBe(1);
    expect(lastOwner.stderr).toContain("至少需要保留一个已启用的所有者");
    expect(runCli(["disable", "--email", "nobody@example.com"]).stderr).toContain("No user has the email");
  });

  it("will not touch a database that is missing or not migrated", () => {
    const missing = runCli(["disable", "--email", "a@example.com"], {
      databasePath: join(dir, "missing.db"),
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No database at .*missing\.db\. Start the site once/);

    new Database(join(dir, "empty.db")).close();
    const empty = runCli(["disable", "--email", "a@example.com"], { databasePath: join(dir, "empty.db") });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/is not migrated \(\d+ pending, 0 failed\)\. Run npm run db:migrate first/);
  });
});
