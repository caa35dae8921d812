// Breaking news as an editor records it: a Series C led by an investor the site does not know
// yet, reported by a source it has not cited, all from the round's form, amounts typed as people
// write them, published in one step each. Every reader view adds it up on the next request: the
// home's totals, /funding's table, totals and chart, the investor's page, the feeds' content and
// the change log. The form actions it takes are counted: fewer than 20.
import { parseFeed } from "feedsmith";
import { suggestSlug } from "@/lib/content/slug";
import { expect, test, type Locator } from "../fixtures/test";
import { entryForm, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { factValue } from "../fixtures/site";

test.use({ storageState: EDITOR.storageState });

test("a new round with a new lead investor and a new source is recorded from one form and adds up everywhere", async ({
  page,
  request,
}) => {
  const run = uniqueSlug("series-c");
  const roundName = `Series C ${run}`;
  const investor = `ASML ${run}`;
  const sourceTitle = `Mistral AI raises €1.7B ${run}`;
  const sourceUrl = `https://news.example/${run}`;
  let actions = 0;
  /** One thing the editor does in a form: typing in a field, choosing, ticking or clicking. */
  const act = async (action: Promise<unknown>) => {
    actions += 1;
    await action;
  };
  const publishButton = (form: Locator) => form.getByRole("button", { name: "保存并发布", exact: true });

  await page.goto("/admin/funding/new");
  const round = entryForm(page);
  // The slug follows the name; the euro sign chooses each amount's currency.
  await act(round.getByLabel("名称", { exact: true }).fill(roundName));
  await act(round.getByLabel("类型", { exact: true }).selectOption({ label: "股权" }));
  await act(round.getByLabel("日期", { exact: true }).fill("2025-9-9"));
  await act(round.getByLabel("金额", { exact: true }).fill("1,7 Md€"));
  await act(round.getByLabel("估值", { exact: true }).fill("11,7 Md€"));
  await expect(round.getByLabel("金额", { exact: true })).toHaveAccessibleDescription(
    "17 亿欧元 · €1.7 billion",
  );

  // The investor is missing: created and published from beside the field, back with it chosen.
  const investors = round.getByRole("group", { name: "投资方" });
  await act(investors.locator("xpath=..").getByRole("link", { name: "新建机构" }).click());
  const organization = entryForm(page);
  await act(organization.getByLabel("名称", { exact: true }).fill(investor));
  await act(organization.getByLabel("类型", { exact: true }).selectOption({ label: "投资方" }));
  await act(publishButton(organization).click());
  await expect(page).toHaveURL(/\/admin\/funding\/new$/);
  await expect(investors.locator("option:checked", { hasText: investor })).toHaveCount(1);
  const investorRow = investors
    .getByRole("listitem")
    .filter({ has: page.locator("option:checked", { hasText: investor }) });
  await act(investorRow.getByRole("checkbox", { name: /领投/ }).check());

  // So is the source: created and published the same way, then cited with the report's words.
  const citations = round.getByRole("group", { name: "来源" });
  await act(citations.locator("xpath=..").getByRole("link", { name: "新建来源" }).click());
  const source = entryForm(page);
  await act(source.getByLabel("标题", { exact: true }).fill(sourceTitle));
  await act(source.getByLabel("网址", { exact: true }).fill(sourceUrl));
  await act(source.getByLabel("发布方", { exact: true }).fill("Example News"));
  await act(source.getByLabel("语言代码", { exact: true }).fill("en"));
  await act(publishButton(source).click());
  await expect(page).toHaveURL(/\/admin\/funding\/new$/);
  const cited = citations.getByRole("listitem").first();
  await expect(cited.getByRole("combobox", { name: /行来源$/ }).locator("option:checked")).toHaveText(
    new RegExp(sourceTitle),
  );
  await act(cited.getByRole("textbox").fill("raises €1.7 billion in a Series C led by ASML"));
  await act(cited.getByRole("combobox", { name: /行说法状态$/ }).selectOption({ label: "媒体报道" }));

  // Everything typed came back both times; one click saves it and takes it to readers.
  await expect(round.getByLabel("名称", { exact: true })).toHaveValue(roundName);
  await expect(round.getByLabel("估值", { exact: true })).toHaveValue("11,7 Md€");
  await act(publishButton(round).click());
  await expect(page.getByRole("status").filter({ hasText: "已保存并发布。" })).toBeVisible();
  expect(actions).toBeLessThan(20);

  // /funding: its row in the table, in the euro total, and a bar of its own in the chart.
  await page.goto("/funding");
  const row = page.getByRole("table", { name: "融资" }).getByRole("row").filter({ hasText: roundName });
  await expect(row.getByRole("cell")).toHaveText([
    "2025年9月9日",
    "17 亿欧元",
    "暂无",
    "117 亿欧元",
    "股权",
    investor,
  ]);
  const totals = page.getByRole("region", { name: "合计" });
  await expect(factValue(totals, "以欧元计的轮次合计")).toContainText(roundName);
  // No USD figure was reported: the USD sum names it as left out, never adding it silently.
  await expect(totals).toContainText(roundName);
  const chart = page.getByRole("img", { name: "累计融资与估值" });
  await expect(chart.getByText(roundName, { exact: true })).toBeVisible();
  // Its valuation is drawn in its own currency; the USD line names it as left out. (Rounds other
  // journeys add at the same time may be later, or left out too.)
  await expect(chart).toContainText("117 亿欧元");
  await expect(chart).toHaveAccessibleDescription(new RegExp(`未计入：[^。]*${roundName}`));

  // The home's totals count it too.
  await page.goto("/");
  await expect(page.getByRole("main")).toContainText(roundName);

  // The investor's page names the round it led.
  await page.goto(`/organizations/${suggestSlug(investor)}`);
  await expect(page.getByRole("main")).toContainText(roundName);
  await expect(page.getByRole("main")).toContainText("领投");

  // The funding feed's item carries the figures, the investor and the source.
  const feed = parseFeed(await (await request.get("/feeds/funding/feed.xml")).text());
  const item =
    feed.format === "rss" ? feed.feed.items?.find((i) => i.title === `融资：${roundName}`) : undefined;
  expect(item?.content?.encoded).toContain("17 亿欧元");
  expect(item?.content?.encoded).toContain("117 亿欧元");
  expect(item?.content?.encoded).toContain(investor);

  // The change log tells the publication, amounts as readers read them.
  await page.goto(`/changes?kind=funding&slug=${suggestSlug(roundName)}`);
  await expect(page.getByRole("main")).toContainText("17 亿欧元");
  await expect(page.getByRole("main")).toContainText("117 亿欧元");
});
