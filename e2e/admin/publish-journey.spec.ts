// An editor adds entries of three kinds, each with a source, and publishes them: readers see
// each on its page, on the timeline and in the feed on the very next request. Editing one
// shows the difference in its history, and restoring an old version is a new change.
import { expect, test } from "../fixtures/test";
import {
  cite,
  createSource,
  entryForm,
  fillExactly,
  publishNow,
  saveEntry,
  today,
  uniqueSlug,
  untitledSource,
} from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { factValue } from "../fixtures/site";

test.use({ storageState: EDITOR.storageState });

/** A link of the story, whose title it does not give. */
const JUNE_2024_ROUND_SOURCE =
  "https://techcrunch.com/2024/06/11/paris-based-ai-startup-mistral-ai-raises-640-million/";

/**
 * Readers find the entry on the timeline of its kind, in the site's RSS feed and its kind's, at
 * once. (The whole timeline's first page need not hold it: other journeys add entries of today
 * too, and within a day the timeline orders by kind.)
 */
async function expectOnTimelineAndFeed(
  page: import("@playwright/test").Page,
  title: string,
  kind: "MODEL" | "ROUND" | "PARTNERSHIP",
  kindFeed: string,
) {
  await page.goto(`/timeline?kind=${kind}`);
  await expect(page.getByRole("main").getByRole("link", { name: title, exact: true })).toBeVisible();
  for (const feed of ["/feed.xml", kindFeed]) {
    expect(await (await page.request.get(feed)).text()).toContain(title);
  }
}

test("a new source and a model citing it, edited, then restored from its history", async ({ page }) => {
  const run = uniqueSlug("m");
  const sourceTitle = `来源 ${run}`;
  const sourceUrl = `https://news.example.com/${run}`;

  await createSource(page, {
    title: sourceTitle,
    slug: `source-${run}`,
    url: sourceUrl,
    publishedOn: today(),
  });
  await publishNow(page);

  const name = `Magistral ${run}`;
  await page.goto("/admin/models/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("系列", { exact: true }).fill("Magistral");
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "研究/免费模型" });
  await form.getByLabel("许可证", { exact: true }).selectOption({ label: "Apache 2.0" });
  await form.getByLabel("开放权重", { exact: true }).selectOption({ label: "是" });
  await form.getByLabel("发布日期", { exact: true }).fill(today());
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("第一版简介：**推理**模型。");
  await form.getByRole("group", { name: "合作方" }).getByLabel("Microsoft", { exact: true }).check();
  await cite(form, sourceTitle, "发布推理模型");
  const adminPath = await saveEntry(page);
  await publishNow(page);

  // Readers see it on its page with its source, on the timeline and in the feed, at once.
  await page.goto(`/models/${run}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(factValue(page, "合作方")).toHaveText("Microsoft");
  await expect(factValue(page, "开放权重")).toHaveText("是");
  const sources = page.getByRole("region", { name: "来源" });
  await expect(sources.getByRole("link", { name: sourceTitle })).toHaveAttribute("href", sourceUrl);
  await expect(sources).toContainText("Example News");
  await expect(sources).toContainText("发布推理模型");
  await expectOnTimelineAndFeed(page, name, "MODEL", "/feeds/models/feed.xml");

  // An edit shows field by field in the history, and on the public page at once.
  await page.goto(adminPath);
  const summary = entryForm(page).getByLabel("简介（Markdown）", { exact: true });
  await fillExactly(summary, "第二版简介。");
  await saveEntry(page, "保存");
  await page.goto(`/models/${run}`);
  await expect(page.getByText("第二版简介。")).toBeVisible();

  await page.goto(`${adminPath}/history`);
  const edit = page.getByRole("article", { name: "第 3 版 · 修改" });
  await expect(edit).toContainText(EDITOR.name);
  const change = edit.getByRole("row", { name: /简介/ });
  await expect(change.getByRole("cell").nth(0)).toHaveText("第一版简介：**推理**模型。");
  await expect(change.getByRole("cell").nth(1)).toHaveText("第二版简介。");

  // Restoring the first version is a new change; the entry stays published.
  await page
    .getByRole("article", { name: "第 1 版 · 创建" })
    .getByRole("button", { name: "恢复到此版本" })
    .click();
  await expect(page.getByRole("status")).toHaveText("已恢复。");
  const restore = page.getByRole("article", { name: "第 4 版 · 恢复" });
  await expect(restore.getByRole("row", { name: /简介/ }).getByRole("cell").nth(1)).toHaveText(
    "第一版简介：**推理**模型。",
  );
  await page.goto(`/models/${run}`);
  await expect(page.getByText("推理", { exact: true })).toBeVisible();
});

test("a funding round with a lead investor and a source", async ({ page }) => {
  const run = uniqueSlug("r");
  const name = `C 轮 ${run}`;
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("轮次", { exact: true }).selectOption({ label: "其他" });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  await form.getByLabel("金额", { exact: true }).fill("1700000000");
  await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
  await form.getByLabel("美元金额（按报道）", { exact: true }).fill("2000000000.50");
  const investors = form.getByRole("group", { name: "投资方" });
  await investors
    .getByLabel("第 1 行投资方", { exact: true })
    .selectOption({ label: "Lightspeed Venture Partners" });
  await investors.getByLabel("第 1 行领投", { exact: true }).check();
  await investors.getByRole("button", { name: "添加一行" }).click();
  await investors.getByLabel("第 2 行投资方", { exact: true }).selectOption({ label: "Xavier Niel" });
  await cite(form, untitledSource("TechCrunch", JUNE_2024_ROUND_SOURCE), "C 轮融资");
  await saveEntry(page);
  await publishNow(page);

  await page.goto(`/funding/${run}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(factValue(page, "领投")).toHaveText("Lightspeed Venture Partners");
  await expect(factValue(page, "其他投资方")).toHaveText("Xavier Niel");
  const sources = page.getByRole("region", { name: "来源" });
  await expect(sources).toContainText("C 轮融资");
  // A source whose title is not known reads as its publisher, linked to its address.
  await expect(sources.getByRole("link", { name: "TechCrunch", exact: true })).toHaveAttribute(
    "href",
    JUNE_2024_ROUND_SOURCE,
  );
  await expectOnTimelineAndFeed(page, name, "ROUND", "/feeds/funding/feed.xml");
});

test("a partnership with a partner and a source", async ({ page }) => {
  const run = uniqueSlug("p");
  const title = `与 Microsoft 的新合作 ${run}`;
  await page.goto("/admin/partnerships/new");
  const form = entryForm(page);
  await form.getByLabel("标题", { exact: true }).fill(title);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "云与分发" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("在 Azure 上提供新模型。");
  await form.getByRole("group", { name: "合作方" }).getByLabel("Microsoft", { exact: true }).check();
  await cite(
    form,
    untitledSource(
      "TechCrunch",
      "https://techcrunch.com/2024/02/26/mistral-ai-releases-new-model-to-rival-gpt-4-and-its-own-chat-assistant/",
    ),
  );
  await saveEntry(page);
  await publishNow(page);

  await page.goto(`/partnerships/${run}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(factValue(page, "合作方")).toHaveText("Microsoft");
  await expect(page.getByRole("region", { name: "来源" }).getByRole("link")).toHaveCount(1);
  await expectOnTimelineAndFeed(page, title, "PARTNERSHIP", "/feeds/partnerships/feed.xml");
});
