import { expect, test, type Page } from "./fixtures/test";
import { resultCount, timelineEntries } from "./fixtures/site";

const PAGE_SIZE = 20;

/** Chooses options by their visible labels and submits the GET form; waits for the new page. */
async function filter(page: Page, choices: { kind?: string; year?: string }) {
  const kind = page.getByLabel("类型");
  const year = page.getByLabel("年份");
  if (choices.kind !== undefined) await kind.selectOption({ label: choices.kind });
  if (choices.year !== undefined) await year.selectOption({ label: choices.year });
  const expected = { kind: await kind.inputValue(), year: await year.inputValue() };
  await page.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL(
    (url) => url.searchParams.get("kind") === expected.kind && url.searchParams.get("year") === expected.year,
  );
}

/** The kind badge of each entry on the page. */
async function entryKinds(page: Page): Promise<string[]> {
  return timelineEntries(page).locator(":scope > p > span").allInnerTexts();
}

/** The year of each entry's date, from its machine-readable `<time>`. */
async function entryYears(page: Page): Promise<string[]> {
  const values = await timelineEntries(page)
    .locator("time")
    .evaluateAll((els) => els.map((el) => el.getAttribute("datetime") ?? ""));
  return values.map((v) => v.slice(0, 4));
}

test("filtering by kind and by year narrows the timeline to matching entries", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "时间线" })).toBeVisible();
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(10);
  await expect(timelineEntries(page)).toHaveCount(Math.min(total, PAGE_SIZE));
  // Only what the story dates: an event it gives no date is on its own page, not here.
  await expect(
    timelineEntries(page).getByRole("link", { name: "Mistral AI 累计融资约 10 亿欧元" }),
  ).toBeVisible();
  await expect(
    timelineEntries(page).getByRole("link", { name: "英国 CMA 认定微软与 Mistral AI 的交易不符合调查资格" }),
  ).toHaveCount(0);

  // By kind: only funding rounds, all four of them.
  await filter(page, { kind: "融资" });
  await expect(page).toHaveURL(/[?&]kind=ROUND(&|$)/);
  await expect(page.getByLabel("类型")).toHaveValue("ROUND");
  expect(await resultCount(page)).toBe(4);
  await expect(timelineEntries(page)).toHaveCount(4);
  expect(await entryKinds(page)).toEqual(Array(4).fill("融资"));
  await expect(timelineEntries(page).getByRole("link")).toHaveText([
    "股权和债务融资",
    "微软可转换投资",
    "A 轮融资",
    "种子轮融资",
  ]);

  // By kind and year: the models of 2025.
  await filter(page, { kind: "模型", year: "2025 年" });
  await expect(page).toHaveURL(/kind=MODEL/);
  await expect(page).toHaveURL(/year=2025/);
  await expect(page.getByLabel("年份")).toHaveValue("2025");
  const models2025 = await resultCount(page);
  expect(models2025).toBeGreaterThan(0);
  await expect(timelineEntries(page)).toHaveCount(models2025);
  expect(await entryKinds(page)).toEqual(Array(models2025).fill("模型"));
  expect(await entryYears(page)).toEqual(Array(models2025).fill("2025"));
  // Mistral Medium 3 is "于 2025 年 5 月发布"; the story dates no other model of 2025.
  await expect(
    timelineEntries(page).getByRole("link", { name: "Mistral Medium 3", exact: true }),
  ).toBeVisible();

  // By year alone: every kind of 2023, and fewer entries than in all years.
  await filter(page, { kind: "全部", year: "2023 年" });
  await expect(page.getByLabel("类型")).toHaveValue("");
  const in2023 = await resultCount(page);
  expect(in2023).toBeGreaterThan(0);
  expect(in2023).toBeLessThan(total);
  expect(await entryYears(page)).toEqual(Array(in2023).fill("2023"));
  await expect(timelineEntries(page).getByRole("link", { name: "种子轮融资" })).toBeVisible();

  // A filter that matches nothing says so.
  await page.goto("/timeline?kind=PRODUCT&year=2023");
  expect(await resultCount(page)).toBe(0);
  await expect(page.getByText("没有符合条件的条目。")).toBeVisible();

  // Clearing the filters brings every entry back.
  await page.getByRole("link", { name: "清除筛选" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  expect(await resultCount(page)).toBe(total);
});

test("bad query parameters are ignored: 200 and every entry", async ({ page }) => {
  const all = await page.goto("/timeline");
  expect(all?.status()).toBe(200);
  const total = await resultCount(page);
  const firstPage = await timelineEntries(page).getByRole("heading").allInnerTexts();

  const response = await page.goto("/timeline?kind=bogus&year=abc&page=-3");
  expect(response?.status()).toBe(200);
  expect(await resultCount(page)).toBe(total);
  await expect(page.getByLabel("类型")).toHaveValue("");
  await expect(page.getByLabel("年份")).toHaveValue("");
  await expect(timelineEntries(page).getByRole("heading")).toHaveText(firstPage);
});
