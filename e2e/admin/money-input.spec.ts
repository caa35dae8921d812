// Amounts as editors write them: "11,7 Md€" and "1.7B" are read exactly, what they were read as
// shows beside the field before the save (and after a refused one, without JavaScript too), and
// an edit that makes an amount ten times smaller, a zero lost, waits for a ticked confirmation.
import { expect, test, type Page } from "../fixtures/test";
import { entryForm, publishNow, saveEntry, today, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

/** A round's row on /funding: its date, amount, USD amount, valuation, instrument and lead. */
async function fundingRow(page: Page, name: string) {
  await page.goto("/funding");
  return page
    .getByRole("table", { name: "融资" })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) })
    .getByRole("cell");
}

/** A new round's name, slug, stage, instrument and date, dated today. */
async function fillRound(page: Page, name: string, slug: string) {
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(name);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(slug);
  await form.getByLabel("轮次", { exact: true }).selectOption({ label: "其他" });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill(today());
}

test("a round typed as 11,7 Md€ and 1.7B is read exactly, and a lost zero waits for a confirmation", async ({
  page,
}) => {
  const run = uniqueSlug("money");
  const name = `估值轮次 ${run}`;
  await page.goto("/admin/funding/new");
  await fillRound(page, name, run);
  const form = entryForm(page);
  const valuation = form.getByLabel("估值", { exact: true });
  const amount = form.getByLabel("金额", { exact: true });

  // What each was read as, beside it, as it is typed: the euro sign chooses the currency.
  await valuation.fill("11,7 Md€");
  await expect(valuation).toHaveAccessibleDescription("117 亿欧元 · €11.7 billion");
  await amount.fill("1.7B");
  await expect(amount).toHaveAccessibleDescription("请选择币种");
  await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
  await expect(amount).toHaveAccessibleDescription("17 亿欧元 · €1.7 billion");
  // A currency that contradicts the chosen one is named before the save.
  await amount.fill("$1.7B");
  await expect(amount).toHaveAccessibleDescription(
    "金额写的是「$」，与所选币种欧元（EUR）不符：请改正金额或币种",
  );
  await amount.fill("1.7B");

  const path = await saveEntry(page);
  const saved = entryForm(page);
  await expect(saved.getByLabel("估值", { exact: true })).toHaveValue("11700000000");
  await expect(saved.getByLabel("估值币种", { exact: true })).toHaveValue("EUR");
  await expect(saved.getByLabel("估值", { exact: true })).toHaveAccessibleDescription(
    "117 亿欧元 · €11.7 billion",
  );
  await publishNow(page);

  const cells = await fundingRow(page, name);
  await expect(cells.nth(1)).toHaveText("17 亿欧元");
  await expect(cells.nth(3)).toHaveText("117 亿欧元");
  // The admin's list reads the amount as readers do.
  await page.goto(`/admin/funding?q=${run}`);
  await expect(page.getByRole("main").getByRole("table")).toContainText("17 亿欧元");

  // A zero lost: the save is refused beside the field, with everything typed kept.
  await page.goto(path);
  const edit = entryForm(page);
  await edit.getByLabel("估值", { exact: true }).fill("1170000000");
  await expect(edit.getByLabel("估值", { exact: true })).toHaveAccessibleDescription(
    "11.7 亿欧元 · €1.17 billion",
  );
  await edit.getByLabel("修改说明", { exact: true }).fill("估值按公告更正");
  await edit.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const asked = entryForm(page);
  await expect(asked.getByLabel("估值", { exact: true })).toHaveAccessibleDescription(
    "与原值相差 10 倍以上：原为 117 亿欧元，现为 11.7 亿欧元。确认无误请勾选下方的确认框后再保存。 11.7 亿欧元 · €1.17 billion",
  );
  await expect(asked.getByLabel("估值", { exact: true })).toHaveValue("1170000000");
  await expect(asked.getByLabel("修改说明", { exact: true })).toHaveValue("估值按公告更正");
  await expect(asked.getByLabel("金额", { exact: true })).toHaveValue("1700000000");

  // Confirmed, it saves.
  await asked.getByLabel("确认估值的改动无误", { exact: true }).check();
  await saveEntry(page, "保存");
  await expect(entryForm(page).getByLabel("估值", { exact: true })).toHaveValue("1170000000");
  await expect((await fundingRow(page, name)).nth(3)).toHaveText("11.7 亿欧元");
  // The public change log tells the change as readers read amounts.
  await page.goto(`/changes?kind=funding&slug=${run}`);
  await expect(page.getByRole("main")).toContainText("117 亿欧元");
  await expect(page.getByRole("main")).toContainText("11.7 亿欧元");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the echo comes with a refused save, and the confirmation box with a tenfold change", async ({
    page,
  }) => {
    const run = uniqueSlug("money-nojs");
    const name = `无脚本轮次 ${run}`;
    await page.goto("/admin/funding/new");
    await fillRound(page, name, run);
    const form = entryForm(page);
    // The name left out: the save is refused, and the page says what the amount was read as.
    await form.getByLabel("名称", { exact: true }).fill("");
    await form.getByLabel("金额", { exact: true }).fill("17 亿");
    await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
    await form.getByRole("button", { name: "创建", exact: true }).click();
    const refused = entryForm(page);
    await expect(refused.getByLabel("名称", { exact: true })).toHaveAccessibleDescription("请填写名称");
    await expect(refused.getByLabel("金额", { exact: true })).toHaveAccessibleDescription(
      "17 亿欧元 · €1.7 billion",
    );
    await refused.getByLabel("名称", { exact: true }).fill(name);
    await saveEntry(page);

    // Ten times smaller: refused, the box is there; ticked, the save goes through.
    await entryForm(page).getByLabel("金额", { exact: true }).fill("1.7 亿");
    await entryForm(page).getByRole("button", { name: "保存", exact: true }).click();
    const asked = entryForm(page);
    await expect(asked.getByLabel("金额", { exact: true })).toHaveAccessibleDescription(
      /^与原值相差 10 倍以上：原为 17 亿欧元，现为 1.7 亿欧元。/,
    );
    await expect(asked.getByLabel("金额", { exact: true })).toHaveValue("1.7 亿");
    await asked.getByLabel("确认金额的改动无误", { exact: true }).check();
    await saveEntry(page, "保存");
    await expect(entryForm(page).getByLabel("金额", { exact: true })).toHaveValue("170000000");
  });
});
