// An entry's own feed against a real database (SQLite, then PostgreSQL), seeded from the story,
// with changes authored through the admin's operations: an investor's feed follows the rounds it
// took part in, and never shows or names a draft or an entry scheduled for later.
import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import type { FormValues } from "@/lib/actions/action-result";
import { seededAppDatabase } from "@/tests/support/seeded-app-database";

// Before importing any app module: they read DATABASE_URL when first imported.
const db = seededAppDatabase("entry-feed");

const INVESTOR = "lightspeed-venture-partners";

const modules = async () => ({
  ...(await import("@/lib/admin/save-entry")),
  ...(await import("@/lib/admin/publish-entry")),
  ...(await import("@/lib/admin/get-entry")),
  ...(await import("@/lib/kinds/registry")),
  ...(await import("@/lib/changes/entry-feed")),
});

/** The feed at `/<list>/<slug>/feed.xml` as a reader gets it: its status, and its items' titles if any. */
async function readFeed(list: string, slug: string) {
  const { entryFeedResponse } = await modules();
  const response = await entryFeedResponse(
    new Request(`http://localhost:3000/${list}/${slug}/feed.xml`),
    list,
    slug,
  );
  const body = await response.text();
  if (response.status !== 200) return { status: response.status, body, title: undefined, items: [] };
  const parsed = parseFeed(body);
  if (parsed.format !== "rss") throw new Error(parsed.format);
  return {
    status: response.status,
    body,
    title: parsed.feed.title,
    items: (parsed.feed.items ?? []).map((item) => ({ title: item.title, description: item.description })),
  };
}

const investorRef = async () =>
  `organization:${(await db.prisma.organization.findUniqueOrThrow({ where: { slug: INVESTOR } })).id}`;

/** Creates a round (a draft) through the admin, naming the seeded investor; returns its id. */
async function createRound(name: string, slug: string): Promise<string> {
  const { saveEntry, findAdminKind } = await modules();
  const funding = findAdminKind("funding")!;
  const values: FormValues = {
    name,
    slug,
    stage: "OTHER",
    instrument: "EQUITY",
    date: "2026-01",
    "date.precision": "MONTH",
    "investors.0.ref": await investorRef(),
  };
  const saved = await saveEntry(
    funding,
    { id: null, version: null, input: funding.schema.parse(values) },
    db.editorId,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.data.id;
}

describe("an organization's feed", () => {
  it("shows the changes of the rounds its investor took part in, newest first, and nothing of drafts", async () => {
    const { saveEntry, publishEntry, getEntry, findAdminKind } = await modules();
    const funding = findAdminKind("funding")!;
    expect(await readFeed("organizations", INVESTOR)).toMatchObject({
      status: 200,
      title: "Mistral AI 追踪：机构「Lightspeed Venture Partners」的动态",
      items: [],
    });

    // A seeded round it took part in is corrected: the investor's readers see it.
    const seriesA = await db.prisma.fundingRound.findUniqueOrThrow({ where: { slug: "series-a" } });
    const values = (await getEntry(funding, seriesA.id))!.values;
    const input = funding.schema.parse({ ...values, summary: "按来源更正的摘要。" });
    const reason = "摘要按来源更正";
    expect(
      await saveEntry(funding, { id: seriesA.id, version: 1, input, reason }, db.editorId),
    ).toMatchObject({
      ok: true,
    });

    // A round it is named in that readers cannot see yet: a draft, and one scheduled for later.
    await createRound("草稿轮次 C", "draft-round-c");
    const scheduled = await createRound("定时轮次 D", "scheduled-round-d");
    await publishEntry(
      funding,
      { id: scheduled, version: 1, intent: "schedule", publishAt: new Date(Date.now() + 86_400_000) },
      db.editorId,
    );
    // A new round it took part in, published.
    const published = await createRound("新一轮 E", "published-round-e");
    await publishEntry(funding, { id: published, version: 1, intent: "publish" }, db.editorId);

    const feed = await readFeed("organizations", INVESTOR);
    expect(feed.items.map((item) => item.title)).toEqual([
      "发布融资轮次「新一轮 E」",
      `修改融资轮次「${seriesA.name}」`,
    ]);
    expect(feed.items[1].description).toBe(reason);
    for (const hidden of ["草稿轮次 C", "定时轮次 D", "draft-round-c", "scheduled-round-d"])
      expect(feed.body).not.toContain(hidden);

    // Another organization's feed has none of it: Microsoft took no part in these rounds.
    expect((await readFeed("organizations", "microsoft")).items).toEqual([]);
  });

  it("is not found for an unknown or unpublished entry, or a list of no kind, and names none", async () => {
    await createRound("未发布的轮次", "unpublished-round");
    for (const [list, slug] of [
      ["organizations", "no-such-organization"],
      ["funding", "unpublished-round"],
      ["people", "arthur-mensch"],
      ["nothing", "unpublished-round"],
    ]) {
      const feed = await readFeed(list, slug);
      expect(feed.status, `${list}/${slug}`).toBe(404);
      expect(feed.body).not.toContain("未发布的轮次");
    }
  });
});
