import { expect, test } from "./fixtures/test";
import { factValue } from "./fixtures/site";

// Every round of the story, newest first as the table lists them, in Chinese units, each figure
// with the story's hedge: "按当时汇率计算约为" and "当时约为" are 约, "据报道" and "当时的消息来源称"
// 据报道; the A round's month is ours, worked out from "仅六个月后" (推算).
const ROUNDS = [
  {
    // The story names no stage for it.
    name: "股权和债务融资",
    date: "2024年6月",
    amount: "6 亿欧元",
    amountUsd: "约 6.4 亿美元",
    valuation: "60 亿美元",
    instrument: "股权与债务",
    lead: "General Catalyst",
  },
  {
    // "这被视为 A 轮融资的延伸": how it is seen, not a stage the story gives it.
    name: "微软可转换投资",
    date: "2024年2月",
    amount: "1630 万美元",
    amountUsd: "1630 万美元",
    valuation: "暂无",
    instrument: "可转换投资",
    lead: "暂无",
  },
  {
    name: "A 轮融资",
    date: "2023年12月（推算）",
    amount: "3.85 亿欧元",
    amountUsd: "约 4.15 亿美元",
    valuation: "据报道 20 亿美元",
    // "几轮股权融资" names no round: unstated.
    instrument: "未说明",
    lead: "Andreessen Horowitz",
  },
  {
    name: "种子轮融资",
    date: "2023年6月",
    amount: "1.12 亿美元",
    amountUsd: "1.12 亿美元",
    valuation: "据报道 2.6 亿美元",
    instrument: "未说明",
    lead: "Lightspeed Venture Partners",
  },
] as const;

test("the funding page lists every round with its amounts, the totals and the chart", async ({ page }) => {
  await page.goto("/funding");
  await expect(page.getByRole("heading", { level: 1, name: "融资" })).toBeVisible();

  const table = page.getByRole("table", { name: "融资" });
  const rows = table.getByRole("rowgroup").nth(1).getByRole("row");
  await expect(rows.getByRole("rowheader")).toHaveText(ROUNDS.map((r) => r.name));
  for (const [i, round] of ROUNDS.entries()) {
    await expect(rows.nth(i).getByRole("cell")).toHaveText([
      round.date,
      round.amount,
      round.amountUsd,
      round.valuation,
      round.instrument,
      round.lead,
    ]);
  }
  // The exact figure stays one hover away.
  await expect(rows.nth(3).getByRole("cell").nth(1).locator("data")).toHaveAttribute(
    "title",
    "US$112,000,000.00",
  );

  // Totals: first the total the story states, with its 约 and as of when, uncited as in the story;
  // then our own sums, labelled as ours, per currency, each naming the rounds it adds up and its
  // approximate parts. Two of the four USD figures are the story's approximate conversions: 约.
  const totals = page.getByRole("region", { name: "合计" });
  await expect(factValue(totals, "累计融资（来源所说）")).toContainText(
    "约 10 亿欧元（约 10.4 亿美元），截至 2025年2月",
  );
  await expect(factValue(totals, "累计融资（来源所说）")).toContainText("未附来源");
  await expect(factValue(totals, "最新估值")).toContainText("60 亿美元股权和债务融资，2024年6月");
  await expect(totals.getByRole("heading", { name: "本站按已披露轮次合计（推算）" })).toBeVisible();
  await expect(factValue(totals, "以欧元计的轮次合计")).toHaveText(
    "9.85 亿欧元计入：A 轮融资、股权和债务融资",
  );
  await expect(factValue(totals, "以美元计的轮次合计")).toHaveText(
    "1.283 亿美元计入：种子轮融资、微软可转换投资",
  );
  await expect(factValue(totals, "按报道美元金额合计")).toHaveText(
    "约 11.83 亿美元计入：种子轮融资、A 轮融资、微软可转换投资、股权和债务融资；其中：A 轮融资（约）、股权和债务融资（约）",
  );

  // The chart: an image named for what it shows, described in words, one bar per round; the sum
  // is said to be ours and approximate, each valuation keeps its qualifier, the inferred month its 推算.
  const described =
    "累计融资（各轮报道的美元金额相加，本站推算）增至 约 11.83 亿美元；最新估值 60 亿美元（股权和债务融资，2024年6月）。";
  const chart = page.getByRole("img", { name: "累计融资与估值" });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName("累计融资与估值");
  await expect(chart).toHaveAccessibleDescription(described);
  for (const round of ROUNDS) await expect(chart.getByText(round.name, { exact: true })).toBeVisible();
  await expect(chart.locator("rect")).toHaveCount(ROUNDS.length);
  for (const label of [
    "据报道 2.6 亿美元",
    "据报道 20 亿美元",
    "60 亿美元",
    "约 11.83 亿美元",
    "1.12 亿美元",
  ])
    await expect(chart.getByText(label, { exact: true })).toBeVisible();
  await expect(chart.getByText("（推算）", { exact: true })).toHaveCount(1);
  await expect(page.getByRole("figure")).toContainText(described);
});

test("a round page lists its lead investor, linked to the investor's page", async ({ page }) => {
  await page.goto("/funding");
  await page.getByRole("table").getByRole("link", { name: "A 轮融资", exact: true }).click();

  await expect(page).toHaveURL(/\/funding\/series-a$/);
  await expect(page.getByRole("heading", { level: 1, name: "A 轮融资" })).toBeVisible();
  await expect(factValue(page, "轮次")).toHaveText("A 轮");
  // Each figure with the story's hedge; the month we inferred says so, and how, as text.
  await expect(factValue(page, "日期")).toHaveText(
    "2023年12月（推算）推算依据：种子轮（2023 年 6 月）“仅六个月后”",
  );
  await expect(
    factValue(page, "日期").getByText("推算依据：种子轮（2023 年 6 月）“仅六个月后”"),
  ).toBeVisible();
  await expect(factValue(page, "金额")).toHaveText("3.85 亿欧元");
  await expect(factValue(page, "美元金额（按报道）")).toHaveText("约 4.15 亿美元");
  await expect(factValue(page, "估值")).toHaveText("据报道 20 亿美元");
  // The valuation as the story hedges it, in the text and in what its source is cited for.
  await expect(page.getByRole("article")).toContainText("据报道估值为 20 亿美元");
  // The USD figure "当时约为" is an estimate, cited apart with its own status.
  const sources = page.getByRole("region", { name: "来源" });
  await expect(
    sources
      .getByRole("listitem")
      .filter({ hasText: "该公司完成了 3.85 亿欧元的 A 轮融资……据报道估值为 20 亿美元" }),
  ).toContainText("媒体报道");
  await expect(sources.getByRole("listitem").filter({ hasText: "当时约为 4.15 亿美元" })).toContainText(
    "估算",
  );
  const lead = factValue(page, "领投").getByRole("link");
  await expect(lead).toHaveText(["Andreessen Horowitz"]);
  await expect(factValue(page, "其他投资方")).toContainText("Lightspeed Venture Partners");
  await expect(factValue(page, "其他投资方")).toContainText("Elad Gil");
  await expect(page.getByRole("region", { name: "来源" }).getByRole("link").first()).toHaveAttribute(
    "href",
    "https://techcrunch.com/2023/12/11/mistral-ai-a-paris-based-openai-rival-closed-its-415-million-funding-round/",
  );

  await lead.click();
  await expect(page).toHaveURL(/\/organizations\/andreessen-horowitz$/);
  await expect(page.getByRole("heading", { level: 1, name: "Andreessen Horowitz" })).toBeVisible();
  const rounds = page.getByRole("region", { name: "参与的融资" });
  await expect(rounds.getByRole("listitem").filter({ hasText: "A 轮融资" })).toContainText("领投");
  await expect(rounds.getByRole("listitem").filter({ hasText: "A 轮融资" })).toContainText(
    "2023年12月（推算）",
  );
});
