import { expect, test } from "./fixtures/test";

const UNKNOWN_PATHS = [
  "/models/no-such-model",
  "/funding/no-such-round",
  "/partnerships/no-such-deal",
  "/organizations/no-such-organization",
  "/events/no-such-event",
  "/no-such-page",
  "/models/-/not-a-view",
];

for (const path of UNKNOWN_PATHS) {
  test(`${path} answers 404 with the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "找不到该页面" })).toBeVisible();
    await expect(page.getByText("你要找的页面不存在，或已被移除。")).toBeVisible();
    await expect(page).toHaveTitle(/找不到该页面/);
    // The reader can still find their way: the site's navigation (once) and a link home.
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
  });
}
