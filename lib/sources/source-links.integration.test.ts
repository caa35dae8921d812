// Durable sources against a real database (SQLite, then PostgreSQL), seeded from the story: an
// archived copy and the day an editor checked a source, saved through the admin, reach readers'
// queries, the API and the CSV file; link checks against a local server are stored beside the
// sources and listed for editors until the link is fixed.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormValues } from "@/lib/actions/action-result";
import { startLinkServer, type LinkServer } from "@/tests/support/link-server";
import { seededAppDatabase } from "@/tests/support/seeded-app-database";

// Before importing any operation: they read DATABASE_URL when first imported.
const db = seededAppDatabase("source_links");

const ORIGIN = "https://tracker.example";
const ARCHIVE = "https://web.archive.org/web/20250521000000/https://news.example.com/durable";

const modules = async () => ({
  ...(await import("@/lib/admin/kinds")).adminKinds,
  ...(await import("@/lib/admin/save-entry")),
  ...(await import("@/lib/admin/publish-entry")),
  ...(await import("@/lib/admin/delete-entry")),
  ...(await import("@/lib/admin/get-history")),
  ...(await import("@/lib/kinds/sources/list-sources")),
  ...(await import("@/lib/kinds/sources/load-citations")),
  ...(await import("@/lib/api/resources")),
  ...(await import("@/lib/csv/downloads")),
  ...(await import("@/lib/sources/check-source-links")),
  ...(await import("@/lib/sources/list-link-problems")),
});

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

const sourceForm = (values: FormValues): FormValues => ({
  publisher: "Example News",
  language: "en",
  "publishedOn.precision": "DAY",
  ...values,
});

const checkOptions = {
  timeoutMs: 1_000,
  hostDelayMs: 20,
  hostsAtOnce: 4,
  userAgent: "mistral-tracker-link-check/1.0 (+https://tracker.example/about)",
};

describe("an archived copy and the day a source was checked", () => {
  it("are saved through the admin, in its history, and reach the sources page, citations, the API and the CSV", async () => {
    const m = await modules();
    const form = sourceForm({
      title: "Durable source",
      slug: "durable-source",
      url: "https://news.example.com/durable",
      archiveUrl: ARCHIVE,
      checkedOn: "2026-12-01",
    });
    const created = await m.saveEntry(
      m.sources,
      { id: null, version: null, input: m.sources.schema.parse(form) },
      db.editorId,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { id } = created.data;
    expect(await db.prisma.source.findUniqueOrThrow({ where: { id } })).toMatchObject({
      archiveUrl: ARCHIVE,
      checkedOn: new Date("2026-12-01T00:00:00Z"),
    });
    await m.publishEntry(m.sources, { id, version: 1, intent: "publish" }, db.editorId);
    // Cited by a seeded model, so that its page's citations carry it.
    const model = await db.prisma.aiModel.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    await db.prisma.citation.create({
      data: { subjectType: "MODEL", subjectId: model.id, sourceId: id, position: 99, status: "REPORTED" },
    });

    const listed = (await m.listSources(1)).items.find((s) => s.slug === "durable-source");
    expect(listed).toMatchObject({
      archiveUrl: ARCHIVE,
      checkedOn: { iso: "2026-12-01T00:00:00.000Z", precision: "DAY" },
    });
    const cited = (await m.loadEntryCitations("MODEL", model.id)).find(
      (c) => c.source.slug === "durable-source",
    );
    expect(cited?.source).toMatchObject({ archiveUrl: ARCHIVE, checkedOn: { precision: "DAY" } });

    const api = (await m.findResource("sources")!.get("durable-source", { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    expect(api).toMatchObject({ archiveUrl: ARCHIVE, checkedOn: "2026-12-01" });
    const citing = (await m.findResource("models")!.get(model.slug, { origin: ORIGIN })) as {
      citations: { source: Record<string, unknown> }[];
    };
    expect(citing.citations.find((c) => c.source.slug === "durable-source")?.source).toMatchObject({
      archiveUrl: ARCHIVE,
      checkedOn: "2026-12-01",
    });

    const csv = await m.findCsvDownload("sources.csv")!.build(ORIGIN);
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    const row = rows.find((r) => r[header.indexOf("网址标识")] === "durable-source")!;
    expect(row[header.indexOf("存档网址")]).toBe(ARCHIVE);
    expect(row[header.indexOf("核对日期")]).toBe("2026-12-01");

    // A new check is a change like any other: in the history, field by field.
    const input = m.sources.schema.parse({ ...form, checkedOn: "2026-12-05" });
    expect(
      await m.saveEntry(m.sources, { id, version: 2, input, reason: "重新核对" }, db.editorId),
    ).toMatchObject({ ok: true });
    const changes = (await m.getHistory(m.sources, id))!.items[0].changes;
    expect(changes).toEqual([
      expect.objectContaining({ label: "核对日期", before: "2026年12月1日", after: "2026年12月5日" }),
    ]);
  });
});

describe("checking the sources' links", () => {
  const RUN = "linkcheck-run";
  const PAGES = ["/ok", "/moved", "/missing", "/gone", "/hang"];

  /** A draft source of the run per page of the local server (drafts are checked too). */
  async function makeSources() {
    const made: Record<string, string> = {};
    for (const page of PAGES) {
      const source = await db.prisma.source.create({
        data: { slug: `${RUN}${page.replace("/", "-")}`, url: server.url(page), publisher: "Local" },
      });
      made[page] = source.id;
    }
    return made;
  }

  it("stores each result beside its source and lists the broken and the moved, until the link changes", async () => {
    const m = await modules();
    const ids = await makeSources();
    const before = await db.prisma.source.findUniqueOrThrow({ where: { id: ids["/missing"] } });

    const run = await m.checkSourceLinks(db.prisma, { match: RUN, limit: 50 }, checkOptions);
    expect(Object.fromEntries(run.checks.map((c) => [new URL(c.url).pathname, c.outcome]))).toEqual({
      "/ok": "OK",
      "/moved": "MOVED",
      "/missing": "NOT_FOUND",
      "/gone": "GONE",
      "/hang": "TIMEOUT",
    });
    expect(run).toMatchObject({ unchecked: 0, remaining: 0 });
    // Only the run's own sources were asked for: none of the story's.
    expect(await db.prisma.sourceLinkCheck.count()).toBe(5);
    // A check is not an edit: the source itself did not change.
    expect(await db.prisma.source.findUniqueOrThrow({ where: { id: ids["/missing"] } })).toEqual(before);

    const report = await m.listLinkProblems(db.prisma);
    expect(report.broken.map((p) => [p.slug, p.outcome, p.httpStatus])).toEqual([
      [`${RUN}-missing`, "NOT_FOUND", 404],
      [`${RUN}-gone`, "GONE", 410],
      [`${RUN}-hang`, "TIMEOUT", null],
    ]);
    expect(report.moved).toEqual([
      expect.objectContaining({
        sourceId: ids["/moved"],
        title: `Local · ${server.url("/moved")}`,
        outcome: "MOVED",
        httpStatus: 301,
        location: server.url("/ok"),
      }),
    ]);
    expect(report).toMatchObject({ checked: 5, lastCheckedAt: expect.any(String) });

    // An editor fixes the missing page's link: its old result no longer counts.
    const row = await db.prisma.source.findUniqueOrThrow({ where: { id: ids["/missing"] } });
    const input = m.sources.schema.parse(
      sourceForm({ slug: row.slug, url: server.url("/ok?fixed=1"), publisher: row.publisher }),
    );
    expect(
      await m.saveEntry(m.sources, { id: row.id, version: row.version, input }, db.editorId),
    ).toMatchObject({ ok: true });
    const after = await m.listLinkProblems(db.prisma);
    expect(after.broken.map((p) => p.slug)).toEqual([`${RUN}-gone`, `${RUN}-hang`]);
    expect(after.checked).toBe(4);

    // The next run takes it first (its link was never checked), and finds it fine.
    const next = await m.checkSourceLinks(db.prisma, { match: RUN, limit: 1 }, checkOptions);
    expect(next.checks.map((c) => [c.sourceId, c.outcome])).toEqual([[row.id, "OK"]]);
    expect(next.remaining).toBe(4);

    // One source again, by its id: the moved one, still moved.
    const again = await m.checkSourceLinks(
      db.prisma,
      { match: "", sourceId: ids["/moved"], limit: 20 },
      checkOptions,
    );
    expect(again.checks.map((c) => c.outcome)).toEqual(["MOVED"]);

    // A deleted source takes its result with it.
    await db.prisma.source.delete({ where: { id: ids["/gone"] } });
    expect(await db.prisma.sourceLinkCheck.findUnique({ where: { sourceId: ids["/gone"] } })).toBeNull();
    expect((await m.listLinkProblems(db.prisma)).broken.map((p) => p.slug)).toEqual([`${RUN}-hang`]);
  });
});
