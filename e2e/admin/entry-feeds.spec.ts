// What an investor's subscribers see of an editor's work: a new round naming the investor is in
// the investor's own feed on the very next request once published, and nowhere while a draft.
import { parseFeed } from "feedsmith";
import { expect, test, type APIRequestContext } from "../fixtures/test";
import { entryForm, publishNow, saveEntry, today, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

const INVESTOR_FEED = "/organizations/sofina/feed.xml";

/** A feed as a subscriber polls it: its ETag, its items' titles and descriptions, and its text. */
async function poll(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  const parsed = parseFeed(text);
  if (parsed.format !== "rss") throw new Error(`${path}: ${parsed.format}`);
  return { etag: response.headers()["etag"], text, items: parsed.feed.items ?? [] };
}

test("a round published through the admin is in its investor's feed on the next request, never as a draft", async ({
  page,
}) => {
  const run = uniqueSlug("entry-feed");
  const name = `订阅测试轮 ${run}`;
  const before = await poll(page.request, INVESTOR_FEED);

  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("轮次", { exact: true }).selectOption({ label: "其他" });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  const investors = form.getByRole("group", { name: "投资方" });
  await investors.getByLabel("第 1 行投资方", { exact: true }).selectOption({ label: "Sofina" });
  await saveEntry(page);

  // A draft: neither in the investor's feed nor named anywhere; its own feed is not found.
  const draft = await poll(page.request, INVESTOR_FEED);
  expect(draft.text).not.toContain(name);
  expect(draft.text).not.toContain(run);
  expect((await page.request.get(`/funding/${run}/feed.xml`)).status()).toBe(404);

  await publishNow(page);
  const published = await poll(page.request, INVESTOR_FEED);
  expect(published.etag).not.toBe(before.etag);
  const [newest] = published.items;
  expect(newest.title).toBe(`发布融资轮次「${name}」`);
  expect(new URL(newest.link!).pathname + new URL(newest.link!).search).toMatch(
    /^\/changes\?kind=funding&id=/,
  );
  // A reader still holding the feed from before gets the new one, not 304.
  const again = await page.request.get(INVESTOR_FEED, { headers: { "If-None-Match": before.etag } });
  expect(again.status()).toBe(200);
  // The round's own feed has the same item.
  expect((await poll(page.request, `/funding/${run}/feed.xml`)).items[0].guid?.value).toBe(
    newest.guid?.value,
  );
});
