// Paging the timeline. The story dates fewer entries than fill one page (20), so this journey
// first publishes more than a page of events dated 2001, a year of its own (long before the
// story: they leave the newest entries other journeys look for where they were), and pages
// through that year.
import { expect, test } from "../fixtures/test";
import { uniqueSlug } from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { publishEntryByActions } from "../fixtures/server-actions";
import { resultCount, timelineEntries } from "../fixtures/site";

test.use({ storageState: EDITOR.storageState });

const PAGE_SIZE = 20;

/** "2024", "2024-07" or "2024-07-24" as the first day it can mean, for ordering. */
function dayOf(datetime: string): string {
  return datetime.length === 4 ? `${datetime}-01-01` : datetime.length === 7 ? `${datetime}-01` : datetime;
}

const YEAR = "2001";
const EVENTS = PAGE_SIZE + 2;

test("more than 20 entries are paged, keeping the filters", async ({ page }) => {
  test.setTimeout(240_000);
  const run = uniqueSlug("p");
  // Through the event form's own actions (the form itself has journeys of its own).
  for (let i = 0; i < EVENTS; i++) {
    await publishEntryByActions(page.request, "events", {
      title: `分页条目 ${run} ${i}`,
      slug: `${run}-${i}`,
      kind: "MILESTONE",
      date: `${YEAR}-01-${String(i + 1).padStart(2, "0")}`,
      "date.precision": "DAY",
    });
  }

  const list = `/timeline?year=${YEAR}`;
  await page.goto(list);
  const total = await resultCount(page);
  expect(total).toBe(EVENTS);
  const pageCount = Math.ceil(total / PAGE_SIZE);
  expect(pageCount).toBeGreaterThan(1);

  const pager = page.getByRole("navigation", { name: `第 1 / ${pageCount} 页` });
  await expect(pager).toBeVisible();
  await expect(pager.getByRole("link", { name: /上一页/ })).toHaveCount(0);
  const firstTitles = await timelineEntries(page).getByRole("heading").allInnerTexts();
  expect(firstTitles).toHaveLength(PAGE_SIZE);

  await pager.getByRole("link", { name: /下一页/ }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]year=${YEAR}(&|$)`));
  await expect(page.getByLabel("年份")).toHaveValue(YEAR);
  const second = page.getByRole("navigation", { name: `第 2 / ${pageCount} 页` });
  await expect(second).toBeVisible();
  const secondTitles = await timelineEntries(page).getByRole("heading").allInnerTexts();
  expect(secondTitles).toHaveLength(Math.min(PAGE_SIZE, total - PAGE_SIZE));
  expect(secondTitles.filter((title) => firstTitles.includes(title))).toEqual([]);

  // Newest first across the page boundary.
  const firstOnSecond = await timelineEntries(page).locator("time").first().getAttribute("datetime");
  await page.getByRole("link", { name: /上一页/ }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline\\?year=${YEAR}$`));
  await expect(timelineEntries(page).getByRole("heading")).toHaveText(firstTitles);
  const lastOnFirst = await timelineEntries(page).locator("time").last().getAttribute("datetime");
  expect(dayOf(firstOnSecond!) <= dayOf(lastOnFirst!)).toBe(true);

  // A bad page number shows the first page, a page past the end the last.
  await page.goto(`${list}&page=-3`);
  await expect(page.getByRole("navigation", { name: `第 1 / ${pageCount} 页` })).toBeVisible();
  await page.goto(`${list}&page=99`);
  await expect(page.getByRole("navigation", { name: `第 ${pageCount} / ${pageCount} 页` })).toBeVisible();
});
