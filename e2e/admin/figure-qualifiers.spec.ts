// An editor says how a figure stands in its source: a round's valuation "据报道", its month worked
// out by us (推算) with how. Inferred without a basis is refused beside the field, nothing typed
// lost; once published, the page shows each figure with its qualifier and the basis as text.
import { expect, test } from "../fixtures/test";
import { entryForm, publishNow, saveEntry, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { factValue } from "../fixtures/site";

test.use({ storageState: EDITOR.storageState });

test("an editor marks a valuation 据报道 and a month 推算, publishes, and readers see both", async ({
  page,
}) => {
  const run = uniqueSlug("qualified");
  const name = `限定测试轮 ${run}`;
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill("2025-09");
  await form.getByLabel("日期精度", { exact: true }).selectOption("MONTH");
  await expect(form.getByLabel("日期的限定", { exact: true })).toHaveValue("");
  await form.getByLabel("日期的限定", { exact: true }).selectOption({ label: "推算" });
  await form.getByLabel("估值", { exact: true }).fill("117 亿");
  await form.getByLabel("估值币种", { exact: true }).selectOption("EUR");
  await form.getByLabel("估值的限定", { exact: true }).selectOption({ label: "据报道" });
  await form.getByRole("button", { name: "创建", exact: true }).click();

  // 推算 needs its basis: refused beside the date, the choices kept.
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const refused = entryForm(page);
  await expect(refused).toContainText("日期标为推算时，请写明推算依据");
  await expect(refused.getByLabel("估值的限定", { exact: true })).toHaveValue("REPORTED");
  await refused.getByLabel("日期的推算依据", { exact: true }).fill("来源只说“上个月”");
  const adminPath = await saveEntry(page);
  await publishNow(page);

  // The admin's list tells the figure with its qualifier.
  await page.goto(`/admin/funding?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("2025年9月（推算）");

  await page.goto(`/funding/${run}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(factValue(page, "估值")).toHaveText("据报道 117 亿欧元");
  await expect(factValue(page, "日期")).toHaveText("2025年9月（推算）推算依据：来源只说“上个月”");

  expect(adminPath).toMatch(/^\/admin\/funding\//);
});
