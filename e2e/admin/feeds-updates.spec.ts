// What feed subscribers see of an editor's work: a published model on the very next poll (the
// feed's ETag moves on), a typo fix as an update of the same item (never a new one), and
// nothing of drafts or entries scheduled for later.
import { formatPartialDate } from "@/lib/format/date";
import { expect, test, type APIRequestContext, type Page } from "../fixtures/test";
import { parseFeed } from "feedsmith";
import { beijingTimeIn, entryForm, publishNow, saveEntry, today, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

const MODEL_FEEDS = [
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  "/feeds/models/feed.xml",
  "/feeds/models/atom.xml",
  "/feeds/models/feed.json",
];

/** The item titled `title` in a feed, in one shape whatever the format; undefined if absent. */
async function findItem(request: APIRequestContext, path: string, title: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const parsed = parseFeed(await response.text());
  const etag = response.headers()["etag"];
  const lastModified = Date.parse(response.headers()["last-modified"]);
  switch (parsed.format) {
    case "rss": {
      const item = parsed.feed.items?.find((i) => i.title === title);
      const found = item && { id: item.guid?.value, published: item.pubDate, content: item.content?.encoded };
      return { etag, lastModified, item: found && { ...found, updated: undefined } };
    }
    case "atom": {
      const entry = parsed.feed.entries?.find((e) => e.title?.value === title);
      const found = entry && { id: entry.id, published: entry.published, content: entry.content?.value };
      return { etag, lastModified, item: found && { ...found, updated: entry.updated } };
    }
    case "json": {
      const item = parsed.feed.items?.find((i) => i.title === title);
      const found = item && { id: item.id, published: item.date_published, content: item.content_html };
      return { etag, lastModified, item: found && { ...found, updated: item.date_modified } };
    }
    default:
      throw new Error(`${path}: unexpected format ${parsed.format}`);
  }
}

/** Fills the new-model form with what a model needs, named `name`. */
async function fillNewModel(page: Page, name: string, slug: string, summary: string) {
  await page.goto("/admin/models/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(slug);
  await form.getByLabel("系列", { exact: true }).fill("Feedstral");
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "研究/免费模型" });
  await form.getByLabel("许可证", { exact: true }).selectOption({ label: "Apache 2.0" });
  await form.getByLabel("发布日期", { exact: true }).fill(today());
  await form.getByLabel("简介（Markdown）", { exact: true }).fill(summary);
}

test("a published model is in the feeds at once, and a typo fix updates it in place", async ({ page }) => {
  const run = uniqueSlug("feed");
  const name = `Feedstral ${run}`;
  const title = `模型：${name}`;
  const before = await Promise.all(MODEL_FEEDS.map((path) => findItem(page.request, path, title)));
  expect(before.map((feed) => feed.item)).toEqual(MODEL_FEEDS.map(() => undefined));

  await fillNewModel(page, name, run, "面向代码的**开放**模型，支待长上下文。");
  const adminPath = await saveEntry(page);
  const publishing = Date.now();
  await publishNow(page);

  const published = await Promise.all(MODEL_FEEDS.map((path) => findItem(page.request, path, title)));
  for (const [index, path] of MODEL_FEEDS.entries()) {
    const { etag, item } = published[index];
    expect(etag, path).not.toBe(before[index].etag);
    expect(item?.id, path).toMatch(/^urn:mistral-tracker:model:\S+$/);
    // Dated by its publication here, to the second (the model's own date, a day, is in its text).
    expect(Math.abs(Date.parse(item!.published!) - publishing), path).toBeLessThan(60_000);
    expect(item?.content, path).toContain(
      formatPartialDate({ iso: `${today()}T00:00:00.000Z`, precision: "DAY" }),
    );
    expect(item?.content, path).toContain("支待长上下文");
    // A reader still holding the feed from before gets the new one, not 304.
    const poll = await page.request.get(path, { headers: { "If-None-Match": before[index].etag } });
    expect(poll.status(), path).toBe(200);
  }
  expect(new Set(published.map((feed) => feed.item?.id)).size).toBe(1);

  // The typo fix.
  await page.goto(adminPath);
  await entryForm(page)
    .getByLabel("简介（Markdown）", { exact: true })
    .fill("面向代码的**开放**模型，支持长上下文。");
  await saveEntry(page, "保存");

  const corrected = await Promise.all(MODEL_FEEDS.map((path) => findItem(page.request, path, title)));
  for (const [index, path] of MODEL_FEEDS.entries()) {
    const was = published[index];
    const { etag, lastModified, item } = corrected[index];
    expect(etag, path).not.toBe(was.etag);
    expect(lastModified, path).toBeGreaterThanOrEqual(was.lastModified);
    expect(item?.id, path).toBe(was.item?.id);
    expect(item?.published, path).toBe(was.item?.published);
    expect(item?.content, path).toContain("支持长上下文");
    expect(item?.content, path).not.toContain("支待");
    // Atom and JSON Feed carry the edit's time; RSS has only the publication date.
    if (!path.endsWith("feed.xml"))
      expect(Date.parse(item!.updated!), path).toBeGreaterThan(Date.parse(was.item!.updated!));
  }
});

test("drafts and entries scheduled for later never reach the feeds", async ({ page }) => {
  const draft = `Feedstral 草稿 ${uniqueSlug("draft")}`;
  await fillNewModel(page, draft, uniqueSlug("draft"), "尚未发布。");
  await saveEntry(page);

  const scheduled = `Feedstral 定时 ${uniqueSlug("later")}`;
  await fillNewModel(page, scheduled, uniqueSlug("later"), "明天发布。");
  await saveEntry(page);
  const schedule = page.getByRole("form", { name: "定时发布" });
  await schedule.getByLabel("发布时间（北京时间）", { exact: true }).fill(beijingTimeIn(86_400_000));
  await schedule.getByRole("button", { name: "定时发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已设定定时发布。");

  for (const path of MODEL_FEEDS) {
    const body = await (await page.request.get(path)).text();
    expect(body, path).not.toContain(draft);
    expect(body, path).not.toContain(scheduled);
  }
});
