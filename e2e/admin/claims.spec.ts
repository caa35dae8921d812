// A fact two sources disagree on, and how each claim stands: an editor gives a funding round a
// source the company confirms and another value of its amount a media report gives (其他说法).
// A refused save keeps both; once published, readers see both values side by side, each with
// its source and status, on the round's page, in the API, in the CSV and in the feed.
import { expect, test, type Page } from "../fixtures/test";
import { parse } from "csv-parse/sync";
import { cite, createSource, entryForm, publishNow, saveEntry, today, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { factValue } from "../fixtures/site";
import { readFeedShape } from "../../tests/support/feed-shape";

test.use({ storageState: EDITOR.storageState });

/** Creates and publishes a source with a title of its own; returns its address. */
async function publishSource(page: Page, title: string, slug: string, publisher: string): Promise<string> {
  const url = `https://news.example.com/${slug}`;
  await createSource(page, { title, slug, url, publisher });
  await publishNow(page);
  return url;
}

test("a conflicting amount and a confirmed source, from the admin to the page, the API, the CSV and the feed", async ({
  page,
  request,
}) => {
  const run = uniqueSlug("claims");
  const announcement = `公告 ${run}`;
  const report = `报道 ${run}`;
  const announcementUrl = await publishSource(page, announcement, `announcement-${run}`, "Example Corp");
  const reportUrl = await publishSource(page, report, `report-${run}`, "Example News");

  // The round, in euros as the company announced it; the report's dollar figure as another value.
  const name = `可转换投资 ${run}`;
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("轮次", { exact: true }).selectOption({ label: "A 轮延伸" });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "可转换投资" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  await form.getByLabel("金额", { exact: true }).fill("15000000");
  await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
  await cite(form, announcement, "宣布 1500 万欧元的投资", "公司确认");

  const other = form.getByRole("group", { name: "其他说法" });
  await other.getByLabel("第 1 行字段", { exact: true }).selectOption({ label: "金额" });
  await other.getByLabel("第 1 行说法（按来源原话）", { exact: true }).fill("1630 万美元的可转换投资");
  // A typo in the exact figure: refused beside the field, nothing typed lost.
  await other.getByLabel("第 1 行精确金额（选填）", { exact: true }).fill("16,30,000");
  await other.getByLabel("第 1 行币种", { exact: true }).selectOption("USD");
  await other.getByLabel("第 1 行来源", { exact: true }).selectOption({ label: report });
  await other.getByLabel("第 1 行说法状态", { exact: true }).selectOption({ label: "媒体报道" });
  await form.getByRole("button", { name: "创建", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const refused = entryForm(page).getByRole("group", { name: "其他说法" });
  await expect(refused).toContainText("第 1 行：「16,30,000」的数字分组不对");
  await expect(refused.getByLabel("第 1 行说法（按来源原话）", { exact: true })).toHaveValue(
    "1630 万美元的可转换投资",
  );
  await expect(refused.getByLabel("第 1 行说法状态", { exact: true })).toHaveValue("REPORTED");
  const citations = entryForm(page).getByRole("group", { name: "来源" });
  await expect(citations.getByLabel("第 1 行说法状态", { exact: true })).toHaveValue("CONFIRMED");

  await refused.getByLabel("第 1 行精确金额（选填）", { exact: true }).fill("1630万");
  await expect(refused.getByLabel("第 1 行精确金额（选填）", { exact: true })).toHaveAccessibleDescription(
    "1630 万美元 · $16.3 million",
  );
  const adminPath = await saveEntry(page);
  await publishNow(page);

  // The history tells both, each with its source and status.
  await page.goto(`${adminPath}/history`);
  const created = page.getByRole("article", { name: "第 1 版 · 创建" });
  await expect(created.getByRole("row", { name: /^来源/ }).getByRole("cell").nth(1)).toHaveText(
    `${announcement}（宣布 1500 万欧元的投资，公司确认）`,
  );
  await expect(
    created
      .getByRole("row", { name: /^其他说法/ })
      .getByRole("cell")
      .nth(1),
  ).toHaveText(`金额：1630 万美元的可转换投资 = 1630 万美元（${report}，媒体报道）`);

  // The page: both amounts side by side, neither picked; each source with its status.
  await page.goto(`/funding/${run}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const amount = factValue(page, "金额");
  await expect(amount).toContainText("1500 万欧元");
  await expect(amount).toContainText(`另有说法：1630 万美元的可转换投资（${report}，媒体报道）`);
  await expect(amount.getByRole("link", { name: report, exact: true })).toHaveAttribute("href", reportUrl);
  await expect(amount.locator("data", { hasText: "1630 万美元的可转换投资" })).toHaveAttribute(
    "title",
    "US$16,300,000.00",
  );
  const sources = page.getByRole("region", { name: "来源" });
  const confirmed = sources
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: announcement, exact: true }) });
  await expect(confirmed).toContainText("公司确认");
  await expect(confirmed).toContainText("宣布 1500 万欧元的投资");

  // The API: the citation's status, and the other value with its exact figure and source.
  const api = await request.get(`/api/v1/funding-rounds/${run}`);
  expect(api.status()).toBe(200);
  const { data } = (await api.json()) as {
    data: {
      amount: unknown;
      citations: { claim: string; status: string; source: { url: string } }[];
      alternativeValues: unknown[];
    };
  };
  expect(data.amount).toEqual({ minor: "1500000000", currency: "EUR", decimal: "15000000.00" });
  expect(data.citations).toEqual([
    expect.objectContaining({
      claim: "宣布 1500 万欧元的投资",
      status: "CONFIRMED",
      source: expect.objectContaining({ url: announcementUrl }),
    }),
  ]);
  expect(data.alternativeValues).toEqual([
    {
      field: "amount",
      value: "1630 万美元的可转换投资",
      amount: { minor: "1630000000", currency: "USD", decimal: "16300000.00" },
      source: expect.objectContaining({ title: report, publisher: "Example News", url: reportUrl }),
      status: "REPORTED",
      note: "",
    },
  ]);

  // The CSV: each source with its status, every other value in one cell.
  const csv = await request.get("/downloads/funding-rounds.csv");
  expect(csv.status()).toBe(200);
  const [header, ...rows] = parse((await csv.body()).toString("utf8"), { bom: true }) as string[][];
  const row = rows.find((r) => r[header.indexOf("网址标识")] === run);
  expect(row?.[header.indexOf("金额")]).toBe("15000000.00");
  expect(row?.[header.indexOf("来源及说法状态")]).toBe(`${announcementUrl}（公司确认）`);
  expect(row?.[header.indexOf("其他说法")]).toBe(
    `金额：1630 万美元的可转换投资 = 16300000.00 USD（${reportUrl}，媒体报道）`,
  );

  // The feed item's content: the other value beside the sources, and each source's status. In the
  // kind's feeds: the site's newest 20 may all be other journeys' entries of today.
  for (const path of ["/feeds/funding/feed.xml", "/feeds/funding/feed.json"]) {
    const feed = readFeedShape(await (await request.get(path)).text());
    const item = feed.items.find((i) => i.title === `融资：${name}`);
    expect(item, path).toBeDefined();
    expect(item?.content, path).toContain(
      `<li>金额：1630 万美元的可转换投资（<a href="${reportUrl}">${report}</a>，媒体报道）</li>`,
    );
    expect(item?.content, path).toContain(`（Example Corp）：宣布 1500 万欧元的投资〔公司确认〕`);
  }
});
