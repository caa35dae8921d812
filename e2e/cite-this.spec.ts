import AxeBuilder from "@axe-core/playwright";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { publicOrigin } from "./fixtures/site-url";

const SUMMARY = "引用本页";
const FORMATS = { gbt7714: "GB/T 7714-2015", apa: "APA（第 7 版）", bibtex: "BibTeX（biblatex）" };

/** Today in Beijing, "2026-12-07", as the site dates an access. */
const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** What a reader copies from a box: its whole text, selected with the keyboard. */
async function copyAll(page: Page, label: string): Promise<string> {
  const box = page.getByLabel(label, { exact: true });
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  return box.evaluate((textarea: HTMLTextAreaElement) =>
    textarea.value.slice(textarea.selectionStart, textarea.selectionEnd),
  );
}

test("a reader cites a model's page: 引用本页 gives BibTeX that names the page and its permanent URL", async ({
  page,
  baseURL,
}) => {
  const before = beijingToday();
  await page.goto("/models/mistral-large-2");
  const after = beijingToday();

  // Folded until asked for.
  const bibtexBox = page.getByLabel(FORMATS.bibtex, { exact: true });
  await expect(bibtexBox).toBeHidden();
  await page.getByText(SUMMARY, { exact: true }).click();
  await expect(bibtexBox).toBeVisible();

  const bibtex = await copyAll(page, FORMATS.bibtex);
  const items = new Cite(bibtex).data;
  expect(items).toHaveLength(1);
  const [item] = items;
  const permanentUrl = `${publicOrigin(baseURL!)}/models/mistral-large-2`;
  expect(item.title).toBe("Mistral Large 2");
  expect(item.URL).toBe(permanentUrl);
  // The page's canonical link is the same address.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", permanentUrl);

  // Every format carries the address and the access date the page states.
  const accessed = item.accessed?.["date-parts"][0]
    .map((n, i) => String(n).padStart(i ? 2 : 4, "0"))
    .join("-");
  expect([before, after]).toContain(accessed);
  await expect(page.getByText(`北京时间 ${accessed}`)).toBeVisible();
  const gbt7714 = await copyAll(page, FORMATS.gbt7714);
  expect(gbt7714).toContain("Mistral Large 2[EB/OL]");
  expect(gbt7714).toContain(`[${accessed}]. ${permanentUrl}`);
  const apa = await copyAll(page, FORMATS.apa);
  expect(apa).toMatch(new RegExp(`Retrieved \\w+ \\d+, \\d{4}, from ${permanentUrl}$`));

  // Opened, the citations pass the same accessibility checks as every page.
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations.filter((v) => ["serious", "critical"].includes(v.impact ?? ""));
  expect(blocking.map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a funding round's page still opens its citations, ready to copy", async ({ page, baseURL }) => {
    await page.goto("/funding/equity-and-debt-2024");
    await page.getByText(SUMMARY, { exact: true }).click();
    const permanentUrl = `${publicOrigin(baseURL!)}/funding/equity-and-debt-2024`;
    for (const label of Object.values(FORMATS)) {
      await expect(page.getByLabel(label, { exact: true })).toBeVisible();
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(new RegExp(permanentUrl));
    }
    const [item] = new Cite(await copyAll(page, FORMATS.bibtex)).data;
    expect(item.URL).toBe(permanentUrl);
    await expect(page.getByLabel(FORMATS.gbt7714, { exact: true })).toHaveValue(/\[EB\/OL\]/);
  });
});
