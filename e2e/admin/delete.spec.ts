// Deleting: a confirmation step that works without JavaScript, and a refusal that names the
// entries still referring to the one to delete.
import { expect, test } from "../fixtures/test";
import { createEvent, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState, javaScriptEnabled: false });

test("a delete needs its confirmation ticked, without JavaScript", async ({ page }) => {
  const run = uniqueSlug("d");
  const title = `待删除事件 ${run}`;
  const path = await createEvent(page, title, run);

  await page.getByRole("link", { name: "删除" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`删除「${title}」`);
  const confirm = page.getByRole("form", { name: `删除「${title}」` });
  // The browser will not send it unticked…
  await confirm.getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}/delete$`));
  // …ticked, it deletes, and says so.
  await confirm.getByLabel("我确认要删除这个条目", { exact: true }).check();
  await confirm.getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(/\/admin\/events\?deleted=/);
  await expect(page.getByRole("status").first()).toHaveText(`已删除「${title}」。`);
  expect((await page.request.get(path)).status()).toBe(404);
  // The notice names what the server recorded, never text from the address.
  await page.goto("/admin/events?deleted=请立即访问 evil.example 重新登录");
  // (Other journeys' entries on this list may name evil.example: the address's words are looked for.)
  await expect(page.getByRole("main")).not.toContainText("请立即访问");
  await expect(page.getByText(/已删除/)).toHaveCount(0);
  // Its history stays, with the deletion in it.
  await page.goto(`${path}/history`);
  await expect(page.getByRole("article", { name: "第 2 版 · 删除" })).toContainText(EDITOR.name);
});

test("an entry others refer to cannot be deleted, and the page says which", async ({ page }) => {
  await page.goto("/admin/organizations?q=lightspeed");
  await page.getByRole("link", { name: "Lightspeed Venture Partners", exact: true }).click();
  await page.getByRole("link", { name: "删除" }).click();
  const refusal = page.getByRole("main").getByRole("alert");
  await expect(refusal).toContainText("无法删除");
  await expect(refusal.getByRole("link", { name: "融资轮次「种子轮融资」" })).toBeVisible();
  await expect(refusal.getByRole("link", { name: "融资轮次「A 轮融资」" })).toBeVisible();
  await expect(page.getByRole("button", { name: "删除" })).toHaveCount(0);
});
