// The public change log: readers see every change to a published entry, field by field with
// the editor's reason, on the next request, on /changes, on the entry's own log and in its
// feed; a draft's changes never appear. A published entry cannot be saved without a reason.
import { expect, test } from "../fixtures/test";
import { parseFeed } from "feedsmith";
import {
  cite,
  createEvent,
  createSource,
  entryForm,
  fillExactly,
  publishNow,
  saveEntry,
  uniqueSlug,
} from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

test("an edit of a published entry needs its reason and shows in the public change log at once", async ({
  page,
}) => {
  const slug = uniqueSlug("changelog");
  const title = `修改记录测试 ${slug}`;
  const sourceTitle = `更正依据 ${slug}`;
  const sourceUrl = `https://news.example.com/${slug}`;
  await createSource(page, { title: sourceTitle, slug: `source-${slug}`, url: sourceUrl });
  await publishNow(page);

  const adminPath = await createEvent(page, title, slug);
  const form = entryForm(page);
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("草稿时的摘要，读者从未见过。");
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // A draft's changes are nobody's business but the editors'.
  await page.goto("/changes");
  await expect(page.getByRole("main")).not.toContainText(title);

  await page.goto(adminPath);
  await publishNow(page);
  await page.goto("/changes");
  const published = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: `发布事件「${title}」` });
  await expect(published).toBeVisible();
  await expect(published).toContainText("草稿时的摘要，读者从未见过。");
  // A first publication needs no note of why: no empty "修改说明" line.
  await expect(published).not.toContainText("修改说明");

  // Saving the published entry without saying why is refused beside the reason; nothing typed is lost.
  await page.goto(adminPath);
  const edit = entryForm(page);
  await fillExactly(edit.getByLabel("简介（Markdown）", { exact: true }), "更正后的摘要。");
  await cite(edit, sourceTitle, "更正的依据");
  await edit.getByRole("button", { name: "保存", exact: true }).click();
  const reason = edit.getByLabel("修改说明", { exact: true });
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("已发布的条目保存前需填写修改说明");
  await expect(edit.getByLabel("简介（Markdown）", { exact: true })).toHaveValue("更正后的摘要。");

  await reason.fill("摘要与来源不符，按来源更正");
  await edit.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // The next request shows it: the reason, the field before and after, the source added.
  await page.goto("/changes");
  const change = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: `修改事件「${title}」` });
  await expect(change).toContainText("修改说明：摘要与来源不符，按来源更正");
  const row = change.getByRole("row", { name: /^简介/ });
  await expect(row.getByRole("cell").first()).toHaveText("草稿时的摘要，读者从未见过。");
  await expect(row.getByRole("cell").last()).toHaveText("更正后的摘要。");
  await expect(change.getByRole("link", { name: sourceTitle })).toHaveAttribute("href", sourceUrl);
  // No account data: not the editor's name, not their address.
  await expect(page.getByRole("main")).not.toContainText(EDITOR.email);
  await expect(page.getByRole("main")).not.toContainText(EDITOR.name);

  // The entry's page links its own log, which holds its changes only, newest first.
  await page.goto(`/events/${slug}`);
  await page.getByRole("main").getByRole("link", { name: "修改记录", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`修改记录：${title}`);
  const items = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(`修改事件「${title}」`);
  await expect(items.last()).toContainText(`发布事件「${title}」`);

  // Its feed has the change, with the reason.
  const feed = parseFeed(await (await page.request.get("/changes/feed.xml")).text());
  expect(feed.format).toBe("rss");
  const item =
    feed.format === "rss" ? feed.feed.items?.find((i) => i.title === `修改事件「${title}」`) : undefined;
  expect(item?.description).toContain("摘要与来源不符，按来源更正");
});

test("a change that cites a draft shows in the change log without naming the draft", async ({ page }) => {
  const slug = uniqueSlug("draftref");
  const sourceTitle = `未公开的来源 ${slug}`;
  const sourcePath = await createSource(page, {
    title: sourceTitle,
    slug: `source-${slug}`,
    url: `https://news.example.com/${slug}`,
  });

  const title = `引用草稿的事件 ${slug}`;
  await createEvent(page, title, slug);
  await publishNow(page);
  const edit = entryForm(page);
  await edit.getByLabel("简介（Markdown）", { exact: true }).fill("引用了一个尚未公开的来源。");
  await cite(edit, `${sourceTitle}（草稿）`, "待公开的依据");
  await saveEntry(page, "保存", "补充来源");

  // The change is there, its summary too; the draft source is named nowhere, nor in the feed.
  await page.goto("/changes");
  const change = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: `修改事件「${title}」` });
  await expect(change).toContainText("引用了一个尚未公开的来源。");
  await expect(page.getByRole("main")).not.toContainText(sourceTitle);
  expect(await (await page.request.get("/changes/feed.xml")).text()).not.toContain(sourceTitle);

  // Once readers can see the source, the log names it where it was cited.
  await page.goto(sourcePath);
  await publishNow(page);
  await page.goto(`/changes?kind=events&slug=${slug}`);
  await expect(
    page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ hasText: `修改事件「${title}」` }),
  ).toContainText(sourceTitle);
});

test("the change log of an unknown entry is not found, and a malformed query too", async ({ request }) => {
  for (const path of [
    "/changes?kind=models&slug=no-such-model",
    "/changes?kind=users&slug=admin",
    "/changes?kind=models",
    "/changes?kind=models&id=%3Cscript%3E",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect((await request.get("/changes?page=999")).status()).toBe(200);
});
