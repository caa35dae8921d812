// Bad input, as typed or as a hostile client posts it: each problem gets its message beside its
// field, the form keeps everything typed, the server never answers 500, and markup is stored as
// text and never runs on public pages.
import { expect, test } from "../fixtures/test";
import {
  collectDialogs,
  createEvent,
  collectServerErrors,
  entryForm,
  publishNow,
  saveEntry,
  uniqueSlug,
} from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { factValue } from "../fixtures/site";

test.use({ storageState: EDITOR.storageState });

test("each bad input gets its message beside its field, and the form keeps it", async ({ page }) => {
  const serverErrors = collectServerErrors(page);
  await page.goto("/admin/funding/new");
  const form = entryForm(page);

  // Nothing filled in: each required field says so.
  await form.getByRole("button", { name: "创建" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("请修正标出的字段后再保存。");
  await expect(form.getByLabel("名称", { exact: true })).toHaveAccessibleDescription("请填写名称");
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveAccessibleDescription(
    /^请填写网址标识（slug）/,
  );
  // A stage the sources may not name is left empty (未说明), never an error.
  await expect(form.getByLabel("轮次", { exact: true })).toHaveAccessibleDescription("");
  await expect(form.getByLabel("日期", { exact: true })).toHaveAccessibleDescription("请填写日期");
  await expect(page.getByRole("main").getByRole("alert")).toBeFocused();

  // Everything wrong at once: too long, a bad slug, an option the list does not offer (edited
  // in the page, as a hostile client would), an impossible date, and bad amounts.
  const huge = "长".repeat(100_000);
  await form.getByLabel("名称", { exact: true }).fill(huge);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill("Bad Slug!");
  await form.getByLabel("轮次", { exact: true }).evaluate((select: HTMLSelectElement) => {
    select.options[1].value = "BOGUS";
    select.selectedIndex = 1;
  });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill("2024-02-30");
  await form.getByLabel("金额", { exact: true }).fill("-5");
  await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
  await form.getByLabel("估值", { exact: true }).fill("abc");
  await form.getByLabel("估值币种", { exact: true }).selectOption("USD");
  await form.getByLabel("美元金额（按报道）", { exact: true }).fill("1e9");
  await form.getByRole("button", { name: "创建" }).click();

  await expect(form.getByLabel("名称", { exact: true })).toHaveAccessibleDescription(
    "名称不能超过 200 个字符",
  );
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveAccessibleDescription(
    /只能包含小写字母/,
  );
  await expect(form.getByLabel("轮次", { exact: true })).toHaveAccessibleDescription(
    "轮次不是可选的值，请从列表中选择",
  );
  await expect(form.getByLabel("日期", { exact: true })).toHaveAccessibleDescription(
    "不存在的日期：2024-02-30",
  );
  await expect(form.getByLabel("金额", { exact: true })).toHaveAccessibleDescription("金额不能为负数");
  await expect(form.getByLabel("估值", { exact: true })).toHaveAccessibleDescription(/^无法识别「abc」/);
  await expect(form.getByLabel("美元金额（按报道）", { exact: true })).toHaveAccessibleDescription(
    /^金额不能用科学计数法/,
  );

  // What was typed is all still there, the unknown option included.
  expect((await form.getByLabel("名称", { exact: true }).inputValue()).length).toBe(100_000);
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveValue("Bad Slug!");
  await expect(form.getByLabel("轮次", { exact: true })).toHaveValue("BOGUS");
  await expect(form.getByLabel("日期", { exact: true })).toHaveValue("2024-02-30");
  await expect(form.getByLabel("金额", { exact: true })).toHaveValue("-5");
  await expect(form.getByLabel("金额币种", { exact: true })).toHaveValue("EUR");
  await expect(form.getByLabel("估值", { exact: true })).toHaveValue("abc");
  await expect(form.getByLabel("美元金额（按报道）", { exact: true })).toHaveValue("1e9");
  await expect(form.getByLabel("类型", { exact: true })).toHaveValue("EQUITY");
  expect(serverErrors).toEqual([]);
});

test("a slug another entry has is reported with the form's other problems, in the same save", async ({
  page,
}) => {
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill("重复的种子轮");
  await form.getByLabel("网址标识（slug）", { exact: true }).fill("seed-2023");
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill("2024-02-30");
  await form.getByRole("button", { name: "创建" }).click();
  await expect(form.getByLabel("日期", { exact: true })).toHaveAccessibleDescription(
    "不存在的日期：2024-02-30",
  );
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveAccessibleDescription(
    /已被「种子轮融资」使用/,
  );
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveValue("seed-2023");
});

test("script tags and SQL are stored as typed and shown as text, never run", async ({ page }) => {
  const dialogs = collectDialogs(page);
  const serverErrors = collectServerErrors(page);
  const run = uniqueSlug("x");
  const name = `<script>alert("name")</script> 模型 ${run}`;
  const family = `'; DROP TABLE "AiModel"; --`;

  await page.goto("/admin/models/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("系列", { exact: true }).fill(family);
  await form.getByLabel("类别", { exact: true }).selectOption("GENERAL");
  await form.getByLabel("许可证", { exact: true }).selectOption("COMMERCIAL");
  await form
    .getByLabel("简介（Markdown）", { exact: true })
    .fill(`<script>alert("summary")</script>\n\n<img src=x onerror="alert('img')"> **加粗的话**`);

  // The Markdown preview goes through the public sanitizer too.
  await form.getByRole("button", { name: "预览" }).click();
  const preview = form.getByRole("region", { name: "简介（Markdown）：预览" });
  await expect(preview.locator("strong")).toHaveText("加粗的话");
  await expect(preview.locator("script, img")).toHaveCount(0);
  await form.getByRole("button", { name: "编辑" }).click();

  await saveEntry(page);
  await expect(entryForm(page).getByLabel("名称", { exact: true })).toHaveValue(name);
  await expect(entryForm(page).getByLabel("系列", { exact: true })).toHaveValue(family);
  await publishNow(page);

  await page.goto(`/models/${run}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(factValue(page, "系列")).toHaveText(family);
  const main = page.getByRole("main");
  await expect(main.locator("strong")).toHaveText("加粗的话");
  await expect(main.locator('img, script:not([type="application/ld+json"])')).toHaveCount(0);
  // The page's structured data carries the name, escaped so that it cannot close the script.
  const jsonLd = main.locator('script[type="application/ld+json"]');
  await expect(jsonLd).toHaveCount(1);
  expect(JSON.parse((await jsonLd.textContent()) ?? "")).toMatchObject({ name });
  expect(await jsonLd.textContent()).not.toContain("<");
  await page.goto("/admin/models?q=DROP");
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(serverErrors).toEqual([]);
});

test("a date is read as precisely as it was typed, and the form says what it understood", async ({
  page,
}) => {
  const run = uniqueSlug("date");
  // Typed as a month, with the precision left at its default (a day).
  await createEvent(page, `按月记录的事件 ${run}`, run, "2025-6");
  const saved = entryForm(page);
  await expect(saved.getByLabel("日期", { exact: true })).toHaveValue("2025-06");
  await expect(saved.getByLabel("日期精度", { exact: true })).toHaveValue("MONTH");
});
