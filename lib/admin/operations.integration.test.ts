// The admin's operations against a real database (SQLite, then PostgreSQL: tests/support/test-
// database.ts), migrated and seeded from the story: every change writes its revision, stale
// versions conflict, referenced entries refuse deletion, and a restore is a new revision.
import { describe, expect, it } from "vitest";
import type { FormValues } from "@/lib/actions/action-result";
import { seededAppDatabase } from "@/tests/support/seeded-app-database";

// Before importing any operation: they read DATABASE_URL when first imported.
const db = seededAppDatabase("admin");

const ops = async () => ({
  ...(await import("@/lib/admin/kinds")).adminKinds,
  ...(await import("@/lib/admin/save-entry")),
  ...(await import("@/lib/admin/delete-entry")),
  ...(await import("@/lib/admin/publish-entry")),
  ...(await import("@/lib/admin/restore-revision")),
  ...(await import("@/lib/admin/get-history")),
  ...(await import("@/lib/admin/get-entry")),
  ...(await import("@/lib/admin/list-entries")),
  ...(await import("@/lib/kinds/models/get-model")),
});

const revisionsOf = (entryId: string) =>
  db.prisma.revision.findMany({ where: { entryId }, orderBy: { version: "asc" } });

async function idOf(table: "source" | "organization" | "person", slug: string): Promise<string> {
  const row = await (
    db.prisma[table] as unknown as {
      findUniqueOrThrow(args: object): Promise<{ id: string }>;
    }
  ).findUniqueOrThrow({ where: { slug } });
  return row.id;
}

async function modelValues(overrides: FormValues = {}): Promise<FormValues> {
  return {
    name: "Magistral Test",
    slug: "magistral-test",
    family: "Magistral",
    category: "RESEARCH",
    license: "APACHE_2_0",
    date: "2025-06-10",
    "date.precision": "DAY",
    summary: "推理模型。",
    collaborators: [await idOf("organization", "microsoft")],
    "citations.0.source": await idOf("source", "tc-seed-round"),
    "citations.0.claim": "测试说法",
    "citations.0.status": "REPORTED",
    ...overrides,
  };
}

describe("admin operations", () => {
  it("creates a draft with its join rows and citations, and a CREATE revision with the full snapshot", async () => {
    const { models, saveEntry } = await ops();
    const result = await saveEntry(
      models,
      { id: null, version: null, input: models.schema.parse(await modelValues()) },
      db.editorId,
    );
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const id = result.ok ? result.data.id : "";
    const row = await db.prisma.aiModel.findUniqueOrThrow({
      where: { id },
      include: { collaborators: true },
    });
    expect(row).toMatchObject({ status: "DRAFT", version: 1, datePrecision: "DAY" });
    expect(row.collaborators).toHaveLength(1);
    expect(await db.prisma.citation.count({ where: { subjectType: "MODEL", subjectId: id } })).toBe(1);

    const [revision] = await revisionsOf(id);
    expect(revision).toMatchObject({ kind: "models", action: "CREATE", version: 1, authorId: db.editorId });
    const snapshot = JSON.parse(revision.snapshot);
    expect(snapshot).toMatchObject({ name: "Magistral Test", date: "2025-06-10T00:00:00.000Z", version: 1 });
    expect(snapshot.citations).toEqual([
      { sourceId: expect.any(String), claim: "测试说法", status: "REPORTED" },
    ]);
    expect(snapshot.collaborators).toHaveLength(1);
  });

  it("refuses a duplicate slug beside the field", async () => {
    const { models, saveEntry } = await ops();
    const input = models.schema.parse(await modelValues({ slug: "mistral-large-2" }));
    const result = await saveEntry(models, { id: null, version: null, input }, db.editorId);
    expect(result).toMatchObject({ ok: false, code: "INVALID" });
    expect(!result.ok && result.code === "INVALID" && result.fieldErrors.slug?.[0]).toContain(
      "Mistral Large 2",
    );
  });

  it("updates at the loaded version, and refuses the stale second save with who saved when", async () => {
    const { models, saveEntry, getEntry } = await ops();
    const id = (await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "magistral-test" } })).id;
    const first = await saveEntry(
      models,
      { id, version: 1, input: models.schema.parse(await modelValues({ name: "Magistral A" })) },
      db.editorId,
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });

    const stale = await saveEntry(
      models,
      { id, version: 1, input: models.schema.parse(await modelValues({ name: "Magistral B" })) },
      db.editorId,
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", currentVersion: 2 });
    expect(!stale.ok && stale.message).toContain("王编辑");
    expect((await getEntry(models, id))?.title).toBe("Magistral A");
    expect((await revisionsOf(id)).map((r) => [r.action, r.version])).toEqual([
      ["CREATE", 1],
      ["UPDATE", 2],
    ]);
  });

  it("shows field-by-field differences in the history", async () => {
    const { models, getHistory } = await ops();
    const id = (await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "magistral-test" } })).id;
    const history = await getHistory(models, id);
    expect(history?.items[0]).toMatchObject({ action: "UPDATE", author: "王编辑" });
    expect(history?.items[0].changes).toEqual([
      { label: "名称", before: "Magistral Test", after: "Magistral A" },
    ]);
    expect(history?.items[1].changes.find((c) => c.label === "合作方")?.after).toBe("Microsoft");
  });

  it("restores an old version as a new RESTORE revision, and refuses a stale restore", async () => {
    const { models, restoreRevision, getEntry } = await ops();
    const id = (await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "magistral-test" } })).id;
    const [created] = await revisionsOf(id);
    const stale = await restoreRevision(models, { id, version: 1, revisionId: created.id }, db.editorId);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const restored = await restoreRevision(models, { id, version: 2, revisionId: created.id }, db.editorId);
    expect(restored).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await getEntry(models, id))?.title).toBe("Magistral Test");
    expect((await revisionsOf(id)).map((r) => r.action)).toEqual(["CREATE", "UPDATE", "RESTORE"]);
  });

  it("publishes, schedules and unpublishes, each a revision; readers see only what is due", async () => {
    const { models, publishEntry, getModel } = await ops();
    const id = (await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "magistral-test" } })).id;
    expect(await getModel("magistral-test")).toBeNull();
    expect(await publishEntry(models, { id, version: 3, intent: "publish" }, db.editorId)).toMatchObject({
      ok: true,
    });
    expect((await getModel("magistral-test"))?.name).toBe("Magistral Test");

    const later = new Date(Date.now() + 3_600_000);
    await publishEntry(models, { id, version: 4, intent: "schedule", publishAt: later }, db.editorId);
    expect(await getModel("magistral-test")).toBeNull();
    await publishEntry(models, { id, version: 5, intent: "unpublish" }, db.editorId);
    expect(await db.prisma.aiModel.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      publishedAt: null,
    });
    expect((await revisionsOf(id)).slice(3).map((r) => r.action)).toEqual([
      "PUBLISH",
      "SCHEDULE",
      "UNPUBLISH",
    ]);
    expect(await publishEntry(models, { id, version: 5, intent: "publish" }, db.editorId)).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("records a seeded entry's state as its creation before its first change", async () => {
    const { events, saveEntry, getEntry, getHistory } = await ops();
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: "le-chat-1m-downloads" } });
    expect(await getHistory(events, event.id)).toMatchObject({ exists: true, items: [] });
    const values = (await getEntry(events, event.id))!.values;
    const input = events.schema.parse({ ...values, title: "改过的标题" });
    // Published: readers will see the change in the public log, so it needs its reason.
    expect(await saveEntry(events, { id: event.id, version: 1, input }, db.editorId)).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: { _reason: ["已发布的条目保存前需填写修改说明。"] },
    });
    expect(await revisionsOf(event.id)).toEqual([]);
    const reason = "标题按来源更正";
    expect(await saveEntry(events, { id: event.id, version: 1, input, reason }, db.editorId)).toMatchObject({
      ok: true,
    });

    const [baseline, update] = await revisionsOf(event.id);
    expect(baseline).toMatchObject({
      action: "CREATE",
      version: 1,
      authorId: null,
      createdAt: event.createdAt,
      publicAt: event.createdAt,
    });
    expect(update).toMatchObject({ action: "UPDATE", version: 2, authorId: db.editorId, reason });
    expect(update.publicAt).toEqual(update.createdAt);
    const history = await getHistory(events, event.id);
    expect(history?.items[0].changes).toEqual([{ label: "标题", before: event.title, after: "改过的标题" }]);

    // The public change log has it, with its reason, field by field.
    const { listPublicChanges } = await import("@/lib/changes/list-public-changes");
    const log = await listPublicChanges({ entries: [{ kind: "events", entryId: event.id }] }, 1, 20);
    expect(log.items).toMatchObject([
      {
        action: "UPDATE",
        title: "改过的标题",
        reason,
        href: "/events/le-chat-1m-downloads",
        changes: [{ label: "标题", before: event.title, after: "改过的标题" }],
      },
    ]);
  });

  it("keeps a draft's changes out of the public change log, until it is published", async () => {
    const { events, saveEntry, publishEntry, deleteEntry, getEntry } = await ops();
    const { listPublicChanges } = await import("@/lib/changes/list-public-changes");
    const seeded = await db.prisma.event.findUniqueOrThrow({ where: { slug: "le-chat-1m-downloads" } });
    const seededValues = (await getEntry(events, seeded.id))!.values;
    const form = (summary: string) => ({
      ...seededValues,
      title: "草稿事件",
      slug: "draft-event-for-the-log",
      summary,
      "citations.0.source": "",
      "citations.0.claim": "",
    });
    const input = events.schema.parse(form("第一稿。"));
    const created = await saveEntry(events, { id: null, version: null, input }, db.editorId);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { id } = created.data;
    const second = events.schema.parse(form("第二稿。"));
    expect(await saveEntry(events, { id, version: 1, input: second }, db.editorId)).toMatchObject({
      ok: true,
    });
    const entryLog = () => listPublicChanges({ entries: [{ kind: "events", entryId: id }] }, 1, 20);
    expect((await entryLog()).items).toEqual([]);

    expect(await publishEntry(events, { id, version: 2, intent: "publish" }, db.editorId)).toMatchObject({
      ok: true,
    });
    const published = (await entryLog()).items;
    expect(published.map((change) => change.action)).toEqual(["PUBLISH"]);
    // Only what readers saw: the published text, not the first draft.
    expect(published[0].changes).toContainEqual({ label: "简介", before: "", after: "第二稿。" });
    expect(JSON.stringify(published)).not.toContain("第一稿");

    expect(await deleteEntry(events, { id, version: 3 }, db.editorId)).toMatchObject({ ok: true });
    const afterDelete = (await entryLog()).items;
    expect(afterDelete.map((change) => [change.action, change.href])).toEqual([
      ["DELETE", null],
      ["PUBLISH", null],
    ]);
  });

  it("refuses to delete an entry others refer to, naming them", async () => {
    const { organizations, sources, models, deleteEntry } = await ops();
    const lightspeed = await db.prisma.organization.findUniqueOrThrow({
      where: { slug: "lightspeed-venture-partners" },
    });
    const refused = await deleteEntry(organizations, { id: lightspeed.id, version: 1 }, db.editorId);
    expect(refused).toMatchObject({ ok: false, code: "REFUSED" });
    expect(!refused.ok && refused.code === "REFUSED" && refused.referrers?.map((r) => r.kind)).toContain(
      "funding",
    );

    const source = await db.prisma.source.findUniqueOrThrow({ where: { slug: "tc-seed-round" } });
    const cited = await deleteEntry(sources, { id: source.id, version: 1 }, db.editorId);
    expect(!cited.ok && cited.code === "REFUSED" && cited.referrers?.map((r) => r.title)).toContain(
      "Magistral Test",
    );

    const large = await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "mistral-large" } });
    const replaced = await deleteEntry(models, { id: large.id, version: 1 }, db.editorId);
    expect(!replaced.ok && replaced.code === "REFUSED" && replaced.referrers?.map((r) => r.title)).toContain(
      "Mistral Large 2",
    );
    expect(await db.prisma.organization.count({ where: { id: lightspeed.id } })).toBe(1);
  });

  it("deletes with its citations at the confirmed version, and can bring it back from history", async () => {
    const { models, deleteEntry, restoreRevision, getHistory } = await ops();
    const id = (await db.prisma.aiModel.findUniqueOrThrow({ where: { slug: "magistral-test" } })).id;
    expect(await deleteEntry(models, { id, version: 5 }, db.editorId)).toMatchObject({ code: "CONFLICT" });
    expect(await deleteEntry(models, { id, version: 6 }, db.editorId)).toEqual({
      ok: true,
      data: { title: "Magistral Test" },
    });
    expect(await db.prisma.aiModel.count({ where: { id } })).toBe(0);
    expect(await db.prisma.citation.count({ where: { subjectId: id } })).toBe(0);
    const deleted = (await revisionsOf(id)).at(-1)!;
    expect(deleted).toMatchObject({ action: "DELETE", version: 7 });
    expect(JSON.parse(deleted.snapshot).citations).toHaveLength(1);

    const history = await getHistory(models, id);
    expect(history).toMatchObject({ exists: false, currentVersion: 7 });
    const restored = await restoreRevision(models, { id, version: 7, revisionId: deleted.id }, db.editorId);
    expect(restored).toMatchObject({ ok: true, data: { id, version: 8 } });
    expect(await db.prisma.aiModel.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      version: 8,
    });
    expect(await db.prisma.citation.count({ where: { subjectId: id } })).toBe(1);
  });

  it("writes a funding round with its investors in order, lead flags kept", async () => {
    const { funding, saveEntry, getEntry } = await ops();
    const input = funding.schema.parse({
      name: "C 轮测试",
      slug: "series-c-test",
      stage: "OTHER",
      instrument: "EQUITY",
      date: "2025-09",
      "date.precision": "MONTH",
      amount: "1700000000",
      "amount.currency": "EUR",
      "investors.0.ref": `organization:${await idOf("organization", "lightspeed-venture-partners")}`,
      "investors.0.lead": "on",
      "investors.1.ref": `person:${await idOf("person", "xavier-niel")}`,
    });
    const saved = await saveEntry(funding, { id: null, version: null, input }, db.editorId);
    const id = saved.ok ? saved.data.id : "";
    const investors = await db.prisma.roundInvestor.findMany({
      where: { roundId: id },
      orderBy: { position: "asc" },
    });
    expect(investors.map((i) => [Boolean(i.organizationId), Boolean(i.personId), i.isLead])).toEqual([
      [true, false, true],
      [false, true, false],
    ]);
    const round = await db.prisma.fundingRound.findUniqueOrThrow({ where: { id } });
    expect(round.amountMinor).toBe(170_000_000_000n);
    expect((await getEntry(funding, id))?.values).toMatchObject({
      amount: "1700000000",
      "amount.currency": "EUR",
      "investors.0.lead": "on",
    });
  });

  it("asks to confirm an amount ten times the stored one or a tenth, and saves it once confirmed", async () => {
    const { funding, saveEntry, listEntries, parseListQuery } = await ops();
    const form = {
      name: "D 轮估值核对",
      slug: "series-d-tenfold",
      stage: "OTHER",
      instrument: "EQUITY",
      date: "2025-10",
      "date.precision": "MONTH",
      amount: "1.7B",
      "amount.currency": "EUR",
      valuation: "11,7 Md€",
    };
    const created = await saveEntry(
      funding,
      { id: null, version: null, input: funding.schema.parse(form) },
      db.editorId,
    );
    const id = created.ok ? created.data.id : "";
    expect(await db.prisma.fundingRound.findUniqueOrThrow({ where: { id } })).toMatchObject({
      amountMinor: 170_000_000_000n,
      currency: "EUR",
      valuationMinor: 1_170_000_000_000n,
      valuationCurrency: "EUR",
    });
    // The admin's list reads the amount as readers do.
    const listed = await listEntries(funding, parseListQuery(funding, { q: "估值核对" }));
    expect(listed.items[0].cells).toContain("17 亿欧元");

    // A zero lost: refused beside the field, nothing written.
    const input = funding.schema.parse({ ...form, valuation: "1170000000", "valuation.currency": "EUR" });
    const refused = await saveEntry(funding, { id, version: 1, input }, db.editorId);
    expect(refused).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        valuation: [
          "与原值相差 10 倍以上：原为 117 亿欧元，现为 11.7 亿欧元。确认无误请勾选下方的确认框后再保存。",
        ],
      },
      confirm: ["valuation"],
    });
    expect(await revisionsOf(id)).toHaveLength(1);
    // A change of less than ten times, or in another currency, is the editor's own.
    const small = funding.schema.parse({ ...form, valuation: "12 Md€" });
    expect(await saveEntry(funding, { id, version: 1, input: small }, db.editorId)).toMatchObject({
      ok: true,
    });
    const confirmed = await saveEntry(
      funding,
      {
        id,
        version: 2,
        input: funding.schema.parse({ ...form, valuation: "1.2 Md€" }),
        confirmed: ["valuation"],
      },
      db.editorId,
    );
    expect(confirmed).toMatchObject({ ok: true, data: { version: 3 } });
    expect((await db.prisma.fundingRound.findUniqueOrThrow({ where: { id } })).valuationMinor).toBe(
      120_000_000_000n,
    );
  });

  it("lists entries newest change first, searching any case and Chinese", async () => {
    const { funding, models, listEntries, parseListQuery } = await ops();
    const rounds = await listEntries(funding, parseListQuery(funding, { q: "测试" }));
    expect(rounds.items.map((r) => r.title)).toEqual(["C 轮测试"]);
    const large = await listEntries(models, parseListQuery(models, { q: "LARGE", status: "PUBLISHED" }));
    expect(large.items.length).toBeGreaterThanOrEqual(2);
    expect(large.items.every((r) => r.title.toLowerCase().includes("large"))).toBe(true);
    const all = await listEntries(models, parseListQuery(models, {}));
    expect(all.items[0].title).toBe("Magistral Test");
    const code = await listEntries(models, parseListQuery(models, { category: "CODE", page: "99" }));
    expect(code.items.map((r) => r.cells[1])).toEqual(["代码", "代码"]);
  });
});
