// The admin's screens pass axe (WCAG 2 A/AA, no serious or critical violation), forms with
// their errors shown included, and fit a phone without sideways scrolling.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "../fixtures/test";
import { entryForm } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

async function expectNoBlockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""))
    .map((v) => ({
      page: page.url(),
      rule: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target),
    }));
  expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
}

/** The edit page of the seed round, found through the list's search. */
async function openSeedRound(page: Page): Promise<string> {
  await page.goto("/admin/funding?q=种子");
  await page.getByRole("link", { name: "种子轮融资", exact: true }).click();
  await expect(entryForm(page)).toBeVisible();
  return new URL(page.url()).pathname;
}

// One test per screen: each axe run takes seconds on a busy machine, and they run side by side.
for (const path of ["/admin", "/admin/models"]) {
  test(`${path} passes axe`, async ({ page }) => {
    await page.goto(path);
    await expectNoBlockingViolations(page);
  });
}

test("a new entry's form showing its errors passes axe", async ({ page }) => {
  await page.goto("/admin/funding/new");
  await entryForm(page).getByRole("button", { name: "创建" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expectNoBlockingViolations(page);
});

test("an entry's edit form passes axe", async ({ page }) => {
  await openSeedRound(page);
  await expectNoBlockingViolations(page);
});

for (const screen of ["history", "delete", "preview"]) {
  test(`an entry's ${screen} page passes axe`, async ({ page }) => {
    await page.goto(`${await openSeedRound(page)}/${screen}`);
    await expectNoBlockingViolations(page);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test("an edit page with investors and sources has no horizontal scroll", async ({ page }) => {
    await openSeedRound(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
  });
});
