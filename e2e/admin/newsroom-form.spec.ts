// Breaking news recorded without losing a keystroke: a half-filled form survives a reload and a
// trip elsewhere in the admin (restored from this browser, with a way to drop it), closing the tab
// with unsaved input asks first, and "保存并发布" takes a draft to readers in one step.
import { expect, test } from "../fixtures/test";
import { cite, createSource, entryForm, today, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

test("a half-filled form comes back after a reload and after leaving, until it is saved or dropped", async ({
  page,
}) => {
  const run = uniqueSlug("draft");
  await page.goto("/admin/events/new");
  const form = entryForm(page);
  await form.getByLabel("标题", { exact: true }).fill(`突发 ${run}`);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "财务" });
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("只写了一半的");

  // Closing the tab asks first; staying keeps the page as it is.
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  await expect(form.getByLabel("简介（Markdown）", { exact: true })).toHaveValue("只写了一半的");

  // A reload, then leaving for another screen and coming back: everything typed is there each
  // time, and says it is not saved yet.
  await page.reload();
  await expect(form.getByLabel("简介（Markdown）", { exact: true })).toHaveValue("只写了一半的");
  await page.goto("/admin/organizations");
  await page.goto("/admin/events/new");
  await expect(page.getByRole("status").filter({ hasText: "尚未保存的修改" })).toBeVisible();
  await expect(form.getByLabel("标题", { exact: true })).toHaveValue(`突发 ${run}`);
  await expect(form.getByLabel("网址标识（slug）", { exact: true })).toHaveValue(run);
  await expect(form.getByLabel("类别", { exact: true })).toHaveValue("FINANCIAL");
  await expect(form.getByLabel("简介（Markdown）", { exact: true })).toHaveValue("只写了一半的");

  // Dropping it gives the empty form, and it stays dropped.
  await page.getByRole("button", { name: "放弃这些修改" }).click();
  await expect(form.getByLabel("标题", { exact: true })).toHaveValue("");
  await page.goto("/admin/events/new");
  await expect(form.getByLabel("标题", { exact: true })).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: "尚未保存的修改" })).toHaveCount(0);
});

test("save and publish takes a new entry to readers in one step, and its draft is done with", async ({
  page,
}) => {
  const run = uniqueSlug("now");
  const title = `一步发布 ${run}`;
  await page.goto("/admin/events/new");
  const form = entryForm(page);
  await form.getByLabel("标题", { exact: true }).fill(title);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "里程碑" });
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("一步到位。");
  await form.getByRole("button", { name: "保存并发布", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存并发布。" })).toBeVisible();
  await expect(page.getByRole("complementary")).toContainText("已发布");
  // A published entry's form has no second button: a save already reaches readers.
  await expect(form.getByRole("button", { name: "保存并发布" })).toHaveCount(0);

  const response = await page.request.get(`/events/${run}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(title);

  // Typed after the save, kept over a reload: the address no longer says "just saved".
  await form.getByLabel("简介（Markdown）", { exact: true }).fill("一步到位，又改了一句。");
  await page.reload();
  await expect(form.getByLabel("简介（Markdown）", { exact: true })).toHaveValue("一步到位，又改了一句。");

  // The new-entry form starts empty: what was saved is not offered again.
  await page.goto("/admin/events/new");
  await expect(form.getByLabel("标题", { exact: true })).toHaveValue("");
});

test("an investor missing from the list is created from the round's form, which comes back with it chosen", async ({
  page,
}) => {
  const run = uniqueSlug("asml");
  const investor = `新投资方 ${run}`;
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(`C 轮 ${run}`);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(`round-${run}`);
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  await form.getByLabel("估值", { exact: true }).fill("11,7 Md€");

  // Beside the investors: create the one that is missing. The round's form waits in this browser.
  await form
    .getByRole("group", { name: "投资方" })
    .locator("xpath=..")
    .getByRole("link", { name: "新建机构" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新建机构");
  await expect(page.getByRole("status").filter({ hasText: "保存后会回到原来的表单" })).toBeVisible();
  const organization = entryForm(page);
  await organization.getByLabel("名称", { exact: true }).fill(investor);
  await organization.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await organization.getByLabel("类型", { exact: true }).selectOption({ label: "投资方" });
  await organization.getByRole("button", { name: "创建", exact: true }).click();

  // Back on the round's form: what was typed is there, the new investor chosen in a row.
  await expect(page).toHaveURL(/\/admin\/funding\/new$/);
  await expect(page.getByRole("status").filter({ hasText: `已新建机构「${investor}」` })).toBeVisible();
  await expect(form.getByLabel("名称", { exact: true })).toHaveValue(`C 轮 ${run}`);
  await expect(form.getByLabel("估值", { exact: true })).toHaveValue("11,7 Md€");
  const chosen = form.getByRole("group", { name: "投资方" }).getByRole("combobox").first();
  await expect(chosen.locator("option:checked")).toHaveText(`${investor}（草稿）`);

  // Saved, the round names its investor; a reload does not choose it twice.
  await page.reload();
  await expect(
    form.getByRole("group", { name: "投资方" }).locator("option:checked", { hasText: investor }),
  ).toHaveCount(1);
  await form.getByRole("button", { name: "创建", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已创建" })).toBeVisible();
  await expect(
    entryForm(page).getByRole("group", { name: "投资方" }).locator("option:checked", { hasText: investor }),
  ).toHaveCount(1);
});

test("an entry citing a draft source says so where it is published, and publishes the source in one click", async ({
  page,
}) => {
  const run = uniqueSlug("held");
  const sourceTitle = `Draft report ${run}`;
  await createSource(page, { title: sourceTitle, slug: `src-${run}`, url: `https://news.example/${run}` });
  await page.goto("/admin/events/new");
  const form = entryForm(page);
  await form.getByLabel("标题", { exact: true }).fill(`引用草稿来源 ${run}`);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "里程碑" });
  // The source list narrows to what is typed in its box.
  const row = form.getByRole("group", { name: "来源" }).getByRole("listitem").last();
  await row.getByRole("searchbox", { name: /行来源$/ }).fill(run);
  await expect(row.getByRole("combobox", { name: /行来源$/ }).locator("option")).toHaveText([
    "（无）",
    `${sourceTitle}（草稿）`,
  ]);
  await cite(form, `${sourceTitle}（草稿）`, "草稿来源支持的说法");
  await form.getByRole("button", { name: "保存并发布", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存并发布。" })).toBeVisible();

  // Published, but its citation is held back with its source, and the panel names it.
  const panel = page.getByRole("complementary");
  await expect(panel).toContainText("它引用的 1 个来源还未发布");
  await expect(panel.getByRole("link", { name: sourceTitle })).toBeVisible();
  expect(await (await page.request.get(`/events/${run}`)).text()).not.toContain(sourceTitle);

  await panel.getByRole("button", { name: "发布这些草稿来源" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已发布它引用的草稿来源" })).toBeVisible();
  await expect(panel).not.toContainText("还未发布");
  expect(await (await page.request.get(`/events/${run}`)).text()).toContain(sourceTitle);
});

test("a new entry's slug is suggested from its name until the editor writes one", async ({ page }) => {
  await page.goto("/admin/models/new");
  const form = entryForm(page);
  const name = form.getByLabel("名称", { exact: true });
  const slug = form.getByLabel("网址标识（slug）", { exact: true });
  // Typed once the form answers (a first letter suggests its slug), then the rest, key by key.
  await expect(async () => {
    await name.fill("M");
    await expect(slug).toHaveValue("m", { timeout: 1_000 });
  }).toPass();
  await name.pressSequentially("agistral Medium 1.2");
  await expect(name).toHaveValue("Magistral Medium 1.2");
  await expect(slug).toHaveValue("magistral-medium-12");
  await slug.fill("magistral-medium");
  await name.fill("Magistral Medium 1.2 (reasoning)");
  await expect(slug).toHaveValue("magistral-medium");
});
