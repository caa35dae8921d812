// Scheduling: an entry published for a moment twenty seconds ahead is hidden until then and
// appears on its own when the time comes: no job, no other action.
import { expect, test } from "../fixtures/test";
import { beijingTimeIn, createEvent, uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

test("a scheduled entry appears when its time comes", async ({ page }) => {
  const run = uniqueSlug("s");
  const title = `定时事件 ${run}`;
  await createEvent(page, title, run);

  // A time in the past is refused, and what was typed stays.
  const schedule = page.getByRole("form", { name: "定时发布" });
  await schedule.getByLabel("发布时间（北京时间）", { exact: true }).fill(beijingTimeIn(-60_000));
  await schedule.getByRole("button", { name: "定时发布" }).click();
  await expect(schedule.getByLabel("发布时间（北京时间）", { exact: true })).toHaveAccessibleDescription(
    /必须晚于现在/,
  );

  // Far enough ahead for the checks of its hidden state to finish first on a busy machine.
  const at = Date.now() + 20_000;
  await schedule.getByLabel("发布时间（北京时间）", { exact: true }).fill(beijingTimeIn(at - Date.now()));
  await schedule.getByRole("button", { name: "定时发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已设定定时发布。");
  await page.goto("/admin");
  await expect(page.getByRole("region", { name: "定时发布" })).toContainText(title);

  // Hidden until its time (readers' pages are cached, and must not keep it hidden after)…
  expect((await page.request.get(`/events/${run}`)).status()).toBe(404);
  await page.goto("/timeline?kind=EVENT");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  for (const feed of ["/feed.xml", "/feeds/events/feed.xml"]) {
    expect(await (await page.request.get(feed)).text()).not.toContain(title);
  }

  expect(Date.now(), "the checks of its hidden state ran before its time").toBeLessThan(at);

  // …then there, with nothing else done.
  await page.waitForTimeout(Math.max(0, at - Date.now()));
  await expect
    .poll(async () => (await page.request.get(`/events/${run}`)).status(), { timeout: 10_000 })
    .toBe(200);
  await page.goto("/timeline?kind=EVENT");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  for (const feed of ["/feed.xml", "/feeds/events/feed.xml"]) {
    expect(await (await page.request.get(feed)).text()).toContain(title);
  }
});
