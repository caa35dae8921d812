// Scripts under the site's Content-Security-Policy, as a reader's browser runs them: every public
// page runs its own (allowed by the nonce its render carries) and the browser refuses none of them (e2e/fixtures/test.ts fails a journey on any refusal);
// a script that was not in the page as rendered does not run.
import { MAIN_PAGES } from "./fixtures/site";
import { expect, test, watchRefusedScripts } from "./fixtures/test";

/** Public pages beyond the main ones: filtered views, search, documents, forms, a 404. */
const OTHER_PAGES = [
  "/models?category=CODE",
  "/timeline?kind=MODEL",
  "/search?q=Mistral",
  "/products",
  "/about",
  "/changes",
  "/report?kind=models&slug=codestral",
  "/no-such-page",
];

test("every public page loads with none of its scripts refused", async ({ page }) => {
  for (const path of [...MAIN_PAGES.map(({ path }) => path), ...OTHER_PAGES]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  }
});

test("the pages' own scripts run: a link opens its page without reloading", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await page
    .getByRole("navigation", { name: "主导航" })
    .getByRole("link", { name: "模型", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "模型" })).toBeVisible();
  expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
});

for (const path of ["/models/codestral", "/changes"]) {
  test(`a script that was not in ${path} as rendered does not run`, async ({ browser, baseURL }) => {
    // A context of its own, outside the journeys' guard: here the refusal is what is expected.
    const context = await browser.newContext({ baseURL });
    const refusals = await watchRefusedScripts(context);
    const page = await context.newPage();
    await page.goto(path);
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__slippedIn = true";
      document.body.append(script);
    });
    expect(await page.evaluate(() => "__slippedIn" in window)).toBe(false);
    await expect.poll(() => refusals.length).toBe(1);
    await context.close();
  });
}
