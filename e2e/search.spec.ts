// Searching the site: from the header of any page, without JavaScript, to results grouped by kind
// with the words marked; odd or empty queries get a message, never an error.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures/test";

const searchUrl = (query: string) => `/search?q=${encodeURIComponent(query)}`;
const status = (page: Page) => page.getByRole("main").getByRole("status");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a search from another page's header lands on grouped, marked results", async ({ page }) => {
    await page.goto("/models");
    await page.getByRole("banner").getByRole("searchbox", { name: "搜索关键词" }).fill("融资");
    await page.getByRole("banner").getByRole("searchbox", { name: "搜索关键词" }).press("Enter");

    await expect(page).toHaveURL(searchUrl("融资"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("“融资”的搜索结果");
    await expect(page.getByRole("main").getByRole("searchbox", { name: "搜索关键词" })).toHaveValue("融资");
    await expect(status(page)).toContainText(/共找到 \d+ 条结果/);

    // The funding rounds come first, all four of them, the word marked in titles and snippets.
    const groups = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(groups.first()).toHaveText("融资 4 条");
    const rounds = page.getByRole("region", { name: "融资 4 条" });
    await expect(rounds.getByRole("listitem")).toHaveCount(4);
    const seedLink = page.getByRole("link", { name: "种子轮融资", exact: true });
    const seed = rounds.getByRole("listitem").filter({ has: seedLink });
    await expect(seed.getByRole("link").locator("mark")).toHaveText("融资");
    await expect(seed.locator("p mark").first()).toHaveText("融资");
    // Other kinds that mention it follow, each with its count.
    await expect(page.getByRole("region", { name: /^机构 \d+ 条$/ })).toBeVisible();

    await seed.getByRole("link").click();
    await expect(page).toHaveURL("/funding/seed-2023");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("种子轮融资");
  });

  test("finds the explainer's prose and links to its section on the home page", async ({ page }) => {
    await page.goto(searchUrl("出圈"));
    const explainer = page.getByRole("region", { name: "解读 1 条" });
    await expect(explainer.getByRole("link")).toHaveAttribute("href", "/#intro");
    await expect(explainer.locator("mark")).toHaveText("出圈");
  });
});

test("an empty query asks for something to search", async ({ page }) => {
  for (const path of ["/search", searchUrl("   ")]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
    await expect(status(page)).toContainText("请输入要搜索的内容");
  }
});

test("odd queries give a message, never an error", async ({ page }) => {
  // Nothing in the story holds these: each is searched as typed and found nowhere.
  const unmatched = [
    "%",
    "%_%",
    '\\"',
    "' OR 1=1 --",
    `'; DROP TABLE "Event"; --`,
    "🚀",
    "<script>alert(1)</script>",
  ];
  for (const query of unmatched) {
    const response = await page.goto(searchUrl(query));
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`“${query}”的搜索结果`);
    await expect(status(page)).toContainText(`没有找到与“${query}”相关的内容`);
  }
  // The explainer's Markdown is searched as written, and its link addresses hold underscores.
  expect((await page.goto(searchUrl("_")))?.status()).toBe(200);
  await expect(status(page)).toHaveText(/^共找到 \d+ 条结果$/);

  await page.goto(searchUrl("融".repeat(1000)));
  await expect(page.getByText("搜索词超过 100 个字符，只搜索了前 100 个字符。")).toBeVisible();
  await expect(page.getByRole("main").getByRole("searchbox", { name: "搜索关键词" })).toHaveValue(
    "融".repeat(100),
  );
});

test("axe finds no serious or critical WCAG 2 A/AA violation on search pages", async ({ page }) => {
  for (const path of ["/search", searchUrl("Mistral 融资")]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("the header's search works and a long query does not widen the page", async ({ page }) => {
    await page.goto("/");
    const searchbox = page.getByRole("banner").getByRole("searchbox", { name: "搜索关键词" });
    await expect(searchbox).toBeVisible();
    await searchbox.fill("a".repeat(300));
    await page.getByRole("banner").getByRole("button", { name: "搜索" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("的搜索结果");
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
  });
});
