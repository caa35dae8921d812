// A hedged figure keeps its hedge wherever it is shown. The story gives the A round's valuation
// as "据报道估值为 20 亿美元": the /funding table, its chart, the home page's snapshot, the API, the
// CSV and the funding feed each say 据报道 with it; the round's month, which the story gives only
// as "仅六个月后" after June 2023, says 推算 and, on its page, how.
import { parse } from "csv-parse/sync";
import { expect, test } from "./fixtures/test";
import { factValue } from "./fixtures/site";
import { readFeedShape } from "../tests/support/feed-shape";

const HEDGED = "据报道 20 亿美元";
const BASIS = "种子轮（2023 年 6 月）“仅六个月后”";

test("the A round's reported valuation says 据报道 on the table, the chart, the home page, the API, the CSV and the feed", async ({
  page,
  request,
}) => {
  await page.goto("/funding");
  const row = page.getByRole("table", { name: "融资" }).getByRole("row").filter({ hasText: "A 轮融资" });
  await expect(row.getByRole("cell").nth(3)).toHaveText(HEDGED);
  // The table marks the inferred month; its basis is one hover away there, and text on the page.
  await expect(row.getByRole("cell").nth(0)).toHaveText("2023年12月（推算）");
  await expect(row.getByRole("cell").nth(0).locator("time")).toHaveAttribute("title", `推算依据：${BASIS}`);
  const chart = page.getByRole("img", { name: "累计融资与估值" });
  await expect(chart.getByText(HEDGED, { exact: true })).toBeVisible();

  // The home page: the story's own total first, with its 约 and no invented source; our sum labelled
  // as ours, 约 as two of its parts are; no bare figure.
  await page.goto("/");
  const snapshot = page.getByRole("region", { name: "速览" });
  await expect(factValue(snapshot, "累计融资（来源所说）")).toContainText(
    "约 10 亿欧元（约 10.4 亿美元），截至 2025年2月",
  );
  await expect(factValue(snapshot, "本站按已披露轮次合计（推算）")).toContainText("约 11.83 亿美元");
  await expect(factValue(snapshot, "本站按已披露轮次合计（推算）")).toContainText(
    "其中：A 轮融资（约）、股权和债务融资（约）",
  );
  await expect(snapshot).not.toContainText(/(?<!约 )11\.83 亿美元/);
  await expect(factValue(snapshot, "最新估值")).toContainText("60 亿美元");

  // The round's page: the basis of the month as text beside it, readable on a phone.
  await page.goto("/funding/series-a");
  await expect(factValue(page, "估值")).toHaveText(HEDGED);
  await expect(factValue(page, "日期").getByText(`推算依据：${BASIS}`)).toBeVisible();

  // The timeline: the month worked out by us says so there too.
  await page.goto("/timeline?kind=ROUND");
  await expect(
    page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "A 轮融资", exact: true }) }),
  ).toContainText("2023年12月（推算）");

  // The API: a field per figure, documented in the OpenAPI document.
  const api = await request.get("/api/v1/funding-rounds/series-a");
  const { data } = (await api.json()) as { data: Record<string, unknown> };
  expect(data).toMatchObject({
    valuation: { minor: "200000000000", currency: "USD", decimal: "2000000000.00" },
    valuationQualifier: "REPORTED",
    valuationBasis: null,
    amountQualifier: null,
    amountUsdQualifier: "APPROXIMATE",
    dateQualifier: "INFERRED",
    dateBasis: BASIS,
  });
  const openapi = (await (await request.get("/api/v1/openapi.json")).json()) as {
    components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
  };
  expect(Object.keys(openapi.components.schemas.FundingRound.properties ?? {})).toEqual(
    expect.arrayContaining(["valuationQualifier", "valuationBasis", "dateQualifier", "amountUsdQualifier"]),
  );

  // The CSV: the qualifier beside the exact figure, in the form's words.
  const csv = await request.get("/downloads/funding-rounds.csv");
  const [header, ...rows] = parse((await csv.body()).toString("utf8"), { bom: true }) as string[][];
  const a = rows.find((r) => r[header.indexOf("网址标识")] === "series-a")!;
  expect(a[header.indexOf("估值")]).toBe("2000000000.00");
  expect(a[header.indexOf("估值的限定")]).toBe("据报道");
  expect(a[header.indexOf("美元金额（按报道）的限定")]).toBe("约");
  expect(a[header.indexOf("日期的限定")]).toBe("推算");
  expect(a[header.indexOf("日期的推算依据")]).toBe(BASIS);
  expect(a[header.indexOf("金额的限定")]).toBe("");

  // The feed item carries the key facts with their qualifiers, so a correction changes its content.
  for (const path of ["/feeds/funding/feed.xml", "/feeds/funding/feed.json"]) {
    const feed = readFeedShape(await (await request.get(path)).text());
    const item = feed.items.find((i) => i.title === "融资：A 轮融资");
    expect(item?.content, path).toContain(`<li>估值：${HEDGED}</li>`);
    expect(item?.content, path).toContain("<li>美元金额（按报道）：约 4.15 亿美元</li>");
    expect(item?.content, path).toContain("<li>领投：Andreessen Horowitz</li>");
    expect(item?.content, path).toContain(`融资 · 2023年12月（推算）（推算依据：${BASIS}）`);
  }
});
