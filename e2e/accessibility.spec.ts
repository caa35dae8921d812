import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures/test";
import { MAIN_PAGES } from "./fixtures/site";

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

for (const { name, path } of MAIN_PAGES) {
  test(`axe finds no serious or critical WCAG 2 A/AA violation on ${name} (${path})`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const blocking = results.violations
      .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ""))
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
    expect(blocking, JSON.stringify(blocking, null, 2)).toEqual([]);
    // The scan did run over the page's content.
    expect(results.passes.length).toBeGreaterThan(0);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of ["/", "/funding"]) {
    test(`${path} has no horizontal scroll at 375px`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(innerWidth).toBe(375);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1);
    });
  }
});
