import { expect, test } from "./fixtures/test";
import { models as seededModels } from "../prisma/seed/models";
import { factValue, resultCount } from "./fixtures/site";

// The story cites TechCrunch for Mistral Large 2, without the article's title or date: the link
// reads as its publisher, and no date is read from its address.
const LARGE_2_SOURCE_URL =
  "https://techcrunch.com/2024/07/24/mistral-releases-large-2-meta-openai-ai-models/";
const LARGE_2_SOURCE_NAME = "TechCrunch";

test("a reader goes from the home page to a model, reads its facts and follows its source", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Mistral AI 概览" })).toBeVisible();

  // Home → the models catalogue through the main navigation.
  await page
    .getByRole("navigation", { name: "主导航" })
    .getByRole("link", { name: "模型", exact: true })
    .click();
  await expect(page).toHaveURL(/\/models$/);
  await expect(page.getByRole("heading", { level: 1, name: "模型" })).toBeVisible();
  await expect(page).toHaveTitle(/^模型 · Mistral AI 追踪$/);

  // The catalogue → one model's card.
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Mistral Large 2", exact: true }) });
  // The story dates neither Mistral Large 2 nor its licence or weights, and names no "Mistral
  // Large" series: the card names no family.
  await expect(card.getByRole("paragraph").first()).toHaveText("日期未详");
  await expect(card).not.toContainText("2024");
  await expect(card).toContainText("语言大模型");
  await card.getByRole("link", { name: "Mistral Large 2", exact: true }).click();

  // The model page shows its facts.
  await expect(page).toHaveURL(/\/models\/mistral-large-2$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mistral Large 2" })).toBeVisible();
  await expect(page).toHaveTitle(/^Mistral Large 2 · Mistral AI 追踪$/);
  await expect(factValue(page, "系列")).toHaveText("未说明");
  await expect(factValue(page, "发布")).toHaveText("日期未详");
  await expect(factValue(page, "发布").locator("time")).toHaveCount(0);
  await expect(factValue(page, "类别")).toHaveText("语言大模型");
  await expect(factValue(page, "许可证")).toHaveText("未说明");
  await expect(factValue(page, "开放权重")).toHaveText("未说明");
  await expect(
    factValue(page, "取代").getByRole("link", { name: "Mistral Large", exact: true }),
  ).toHaveAttribute("href", "/models/mistral-large");
  await expect(
    page.getByRole("article").getByText("Mistral AI 主要的语言大模型，取代了 Mistral Large。"),
  ).toBeVisible();

  // Its sources: the citation links to the original article, not to a page of ours.
  const sources = page.getByRole("region", { name: "来源" });
  await expect(sources.getByRole("heading", { name: "来源" })).toBeVisible();
  const citation = sources.getByRole("link", { name: LARGE_2_SOURCE_NAME, exact: true });
  await expect(citation).toHaveAttribute("href", LARGE_2_SOURCE_URL);
  const cited = sources
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: LARGE_2_SOURCE_NAME, exact: true }) });
  // What the story says beside the link, and no title or date made up from its address.
  await expect(cited).toContainText("Mistral Large 2，主要的语言大模型");
  await expect(cited).not.toContainText("·");
  await expect(cited).not.toContainText("2024");

  // Following it requests exactly that URL (answered here: there is no network in the tests).
  const requested: string[] = [];
  await page.context().route("https://techcrunch.com/**", async (route) => {
    requested.push(route.request().url());
    await route.fulfill({
      contentType: "text/html",
      body: "<title>TechCrunch</title><h1>Mistral Large 2</h1>",
    });
  });
  await citation.click();
  await expect(page).toHaveURL(LARGE_2_SOURCE_URL);
  expect(requested).toEqual([LARGE_2_SOURCE_URL]);
});

test("a model's predecessor links back to its successor", async ({ page }) => {
  await page.goto("/models/mistral-large-2");
  await factValue(page, "取代").getByRole("link", { name: "Mistral Large", exact: true }).click();
  await expect(page).toHaveURL(/\/models\/mistral-large$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mistral Large" })).toBeVisible();
  await expect(factValue(page, "被取代于").getByRole("link", { name: "Mistral Large 2" })).toHaveAttribute(
    "href",
    "/models/mistral-large-2",
  );
  await expect(
    page.getByRole("region", { name: "来源" }).getByRole("link", { name: "TechCrunch", exact: true }),
  ).toHaveAttribute(
    "href",
    "https://techcrunch.com/2024/02/26/mistral-ai-releases-new-model-to-rival-gpt-4-and-its-own-chat-assistant/",
  );
});

test("the catalogue tells models whose open weights the story does not state, as 未说明", async ({
  page,
}) => {
  const unstated = seededModels.filter((m) => m.openWeights === null);
  expect(unstated.length).toBeGreaterThan(0);
  await page.goto("/models");
  await page.getByLabel("开放权重").selectOption({ label: "未说明" });
  await page.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL((url) => url.searchParams.get("openWeights") === "unknown");
  expect(await resultCount(page)).toBe(unstated.length);
  const names = await page.getByRole("main").getByRole("listitem").getByRole("heading").allInnerTexts();
  expect(names.sort()).toEqual(unstated.map((m) => m.name).sort());
  // Nothing the story says no to: "否" finds none.
  await page.goto("/models?openWeights=no");
  expect(await resultCount(page)).toBe(0);
});
