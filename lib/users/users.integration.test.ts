// The user operations (shared by the admin's actions and `npm run user`) against a real,
// migrated database (tests/support/test-database.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLI_ACTOR_ID } from "@/lib/audit/audit-data";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createFirstOwner } from "@/lib/users/create-first-owner";
import { createUser, type TCreateUserRequest } from "@/lib/users/create-user";
import { disableUser } from "@/lib/users/disable-user";
import { enableUser } from "@/lib/users/enable-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { testDatabase } from "@/tests/support/test-database";

const { databaseUrl, drop } = testDatabase("users");
let db: PrismaClient;

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  db = createPrismaClient(databaseUrl);
});

afterAll(async () => {
  await db.$disconnect();
  await drop();
});

beforeEach(async () => {
  await db.auditLog.deleteMany();
  await db.user.deleteMany();
});

const PASSWORD = "correct horse battery";

function userInput(overrides: Partial<TCreateUserRequest> = {}): TCreateUserRequest {
  return { name: "编辑甲", email: "editor@example.com", role: "EDITOR", password: PASSWORD, ...overrides };
}

async function make(overrides: Partial<TCreateUserRequest> = {}) {
  const result = await createUser(db, userInput(overrides), CLI_ACTOR_ID);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

const row = (id: string) => db.user.findUniqueOrThrow({ where: { id } });
const auditActions = async () =>
  (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.action);

describe("createUser", () => {
  it("stores an argon2id hash, never the password, and audits who made the user", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    const result = await createUser(db, userInput(), owner.id);
    expect(result).toMatchObject({
      ok: true,
      data: { email: "editor@example.com", role: "EDITOR", disabledAt: null },
    });
    if (!result.ok) return;
    const stored = await row(result.data.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(stored.passwordHash, PASSWORD)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetUserId: result.data.id } });
    expect(audit).toMatchObject({ action: "USER_CREATED", actorId: owner.id, email: "editor@example.com" });
  });

  it("refuses an email that is taken, beside the email field", async () => {
    await make();
    const again = await createUser(db, userInput({ name: "另一个人" }), CLI_ACTOR_ID);
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: ["该邮箱已被使用"] } });
    expect(await db.user.count()).toBe(1);
  });
});

describe("createFirstOwner", () => {
  const setup = {
    name: "站长",
    email: "first@example.com",
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
  };

  it("makes an owner on an empty database, and refuses once any user exists", async () => {
    const first = await createFirstOwner(db, setup);
    expect(first).toMatchObject({ ok: true, data: { role: "OWNER", email: "first@example.com" } });
    const second = await createFirstOwner(db, { ...setup, email: "second@example.com" });
    expect(second).toMatchObject({ ok: false, code: "REFUSED" });
    expect(await db.user.count()).toBe(1);
  });

  it("lets only one of two racing setups through", async () => {
    const results = await Promise.allSettled(
      ["a", "b", "c"].map((n) => createFirstOwner(db, { ...setup, email: `${n}@example.com` })),
    );
    const created = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    expect(created).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
  });

  it("lets only one through when the racers use separate connections", async () => {
    const other = createPrismaClient(databaseUrl);
    try {
      const results = await Promise.allSettled([
        createFirstOwner(db, { ...setup, email: "x@example.com" }),
        createFirstOwner(other, { ...setup, email: "y@example.com" }),
      ]);
      // The loser is refused, or fails on SQLite's lock: either way no second owner.
      expect(results.filter((r) => r.status === "fulfilled" && r.value.ok)).toHaveLength(1);
      expect(await db.user.count()).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });
});

describe("disableUser and enableUser", () => {
  it("disabling ends the user's sessions (the session version moves on) and is audited", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    const editor = await make();
    const before = await row(editor.id);

    const result = await disableUser(db, { userId: editor.id }, owner.id);
    expect(result).toMatchObject({ ok: true });
    const after = await row(editor.id);
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.auditLog.findFirst({ where: { action: "USER_DISABLED" } })).toMatchObject({
      actorId: owner.id,
      targetUserId: editor.id,
    });

    // Disabling again changes nothing.
    await disableUser(db, { userId: editor.id }, owner.id);
    expect((await row(editor.id)).sessionVersion).toBe(after.sessionVersion);

    expect(await enableUser(db, { userId: editor.id }, owner.id)).toMatchObject({ ok: true });
    expect((await row(editor.id)).disabledAt).toBeNull();
    expect(await auditActions()).toEqual(["USER_CREATED", "USER_CREATED", "USER_DISABLED", "USER_ENABLED"]);
  });

  it("refuses to disable yourself", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    await make({ email: "second-owner@example.com", role: "OWNER" });
    expect(await disableUser(db, { userId: owner.id }, owner.id)).toMatchObject({
      ok: false,
      code: "REFUSED",
    });
    expect((await row(owner.id)).disabledAt).toBeNull();
  });

  it("never leaves the site without an enabled owner", async () => {
    const a = await make({ email: "a@example.com", role: "OWNER" });
    const b = await make({ email: "b@example.com", role: "OWNER" });

    // Two owners: one may go.
    expect(await disableUser(db, { userId: a.id }, b.id)).toMatchObject({ ok: true });
    // Now b is the last enabled owner: neither the CLI nor anyone may disable or demote b.
    const lastOwner = { ok: false, code: "REFUSED", message: "至少需要保留一个已启用的所有者" };
    expect(await disableUser(db, { userId: b.id }, CLI_ACTOR_ID)).toMatchObject(lastOwner);
    expect(await changeUserRole(db, { userId: b.id, role: "EDITOR" }, CLI_ACTOR_ID)).toMatchObject(lastOwner);
    expect(await row(b.id)).toMatchObject({ role: "OWNER", disabledAt: null });

    // A disabled owner does not count, and demoting one is allowed.
    expect(await changeUserRole(db, { userId: a.id, role: "EDITOR" }, b.id)).toMatchObject({ ok: true });
  });

  it("does not let two owners disable each other at the same moment", async () => {
    const a = await make({ email: "a@example.com", role: "OWNER" });
    const b = await make({ email: "b@example.com", role: "OWNER" });
    const results = await Promise.all([
      disableUser(db, { userId: a.id }, b.id),
      disableUser(db, { userId: b.id }, a.id),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "OWNER", disabledAt: null } })).toBe(1);
  });
});

describe("changeUserRole", () => {
  it("changes the role, ends the user's sessions and audits from and to", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    const editor = await make();
    const result = await changeUserRole(db, { userId: editor.id, role: "OWNER" }, owner.id);
    expect(result).toMatchObject({ ok: true, data: { role: "OWNER" } });
    expect((await row(editor.id)).sessionVersion).toBe(2);
    expect(await db.auditLog.findFirst({ where: { action: "USER_UPDATED" } })).toMatchObject({
      actorId: owner.id,
      detail: "角色：编辑 → 所有者",
    });
  });

  it("refuses your own role and unknown users", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    expect(await changeUserRole(db, { userId: owner.id, role: "EDITOR" }, owner.id)).toMatchObject({
      code: "REFUSED",
    });
    expect(await changeUserRole(db, { userId: "nobody", role: "EDITOR" }, owner.id)).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("resetUserPassword", () => {
  it("replaces the password, ends the user's sessions and audits the reset", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    const editor = await make();
    const result = await resetUserPassword(
      db,
      { userId: editor.id, password: "a brand new secret" },
      owner.id,
    );
    expect(result).toMatchObject({ ok: true });
    const after = await row(editor.id);
    expect(await verifyPassword(after.passwordHash, "a brand new secret")).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(2);
    expect(await db.auditLog.findFirst({ where: { action: "PASSWORD_CHANGED" } })).toMatchObject({
      actorId: owner.id,
      targetUserId: editor.id,
    });
  });

  it("refuses an owner's own password (that needs the current one) but not the CLI's", async () => {
    const owner = await make({ email: "owner@example.com", role: "OWNER" });
    expect(
      await resetUserPassword(db, { userId: owner.id, password: "x".repeat(12) }, owner.id),
    ).toMatchObject({
      code: "REFUSED",
    });
    expect(
      await resetUserPassword(db, { userId: owner.id, password: "x".repeat(12) }, CLI_ACTOR_ID),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password, then ends every session of the user", async () => {
    const editor = await make();
    const change = {
      currentPassword: "wrong password",
      newPassword: "n".repeat(12),
      newPasswordConfirmation: "n".repeat(12),
    };
    expect(await changeOwnPassword(db, editor.id, change)).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["当前密码不正确"] },
    });
    expect((await row(editor.id)).sessionVersion).toBe(1);

    expect(await changeOwnPassword(db, editor.id, { ...change, currentPassword: PASSWORD })).toMatchObject({
      ok: true,
    });
    const after = await row(editor.id);
    expect(after.sessionVersion).toBe(2);
    expect(await verifyPassword(after.passwordHash, "n".repeat(12))).toBe(true);
    expect(await db.auditLog.findFirst({ where: { action: "PASSWORD_CHANGED" } })).toMatchObject({
      actorId: editor.id,
      targetUserId: editor.id,
    });
  });
});
