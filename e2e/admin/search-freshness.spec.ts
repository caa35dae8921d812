// Search results are cached per query; an editor's publish and unpublish show in them at once.
import { expect, test, type Page } from "../fixtures/test";
import { createEvent, publishNow, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

const eventResults = async (page: Page, query: string) => {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  return page.getByRole("region", { name: /^事件 \d+ 条$/ });
};

test("a draft is never found; published it is, at once; taken back it is gone", async ({ page }) => {
  const run = uniqueSlug("q");
  const title = `检索新鲜度 ${run}`;
  const adminPath = await createEvent(page, title, run);

  await eventResults(page, run);
  await expect(page.getByRole("main").getByRole("status")).toContainText("没有找到");

  await page.goto(adminPath);
  await publishNow(page);
  const found = await eventResults(page, run);
  await expect(found.getByRole("link", { name: title })).toHaveAttribute("href", `/events/${run}`);
  await expect(found.getByRole("link", { name: title }).locator("mark")).toHaveText(run);

  await page.goto(adminPath);
  await page.getByRole("button", { name: "撤回为草稿" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已撤回为草稿。" })).toBeVisible();
  await eventResults(page, run);
  await expect(page.getByRole("main").getByRole("status")).toContainText("没有找到");
});
