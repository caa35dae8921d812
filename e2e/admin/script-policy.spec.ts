// The admin's screens run their own scripts under the site's Content-Security-Policy (a nonce
// per request) and the browser refuses none of them (e2e/fixtures/test.ts fails the journey on
// any refusal): every screen an owner reaches, a form's errors shown without reloading included.
import { entryForm } from "../fixtures/admin";
import { OWNER } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";

test.use({ storageState: OWNER.storageState });

test("every admin screen loads with none of its scripts refused", async ({ page }) => {
  for (const path of [
    "/admin",
    "/admin/models",
    "/admin/funding?q=种子",
    "/admin/audit",
    "/admin/corrections",
    "/admin/users",
    "/admin/account",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  }
  await page.goto("/admin/funding?q=种子");
  await page.getByRole("link", { name: "种子轮融资", exact: true }).click();
  await expect(entryForm(page)).toBeVisible();
  const round = new URL(page.url()).pathname;
  for (const path of [`${round}/history`, `${round}/preview`, `${round}/delete`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first(), path).toBeVisible();
  }

  // A form's own script checks it and shows its errors in place.
  await page.goto("/admin/funding/new");
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await entryForm(page).getByRole("button", { name: "创建" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);
});
