import { expect, test } from "./fixtures/test";
import { events as seededEvents } from "../prisma/seed/events";
import { STORY_LINKS } from "../prisma/seed/story-links";
import { followListPages } from "./fixtures/list-pages";
import { MOVED_ENTRIES } from "../lib/content/moved-entries";
import { MAIN_PAGES } from "./fixtures/site";
import { storyFacts } from "./fixtures/story-facts";

// Each page once, with every text the checklist expects on it.
const textsByPath = new Map<string, { texts: Set<string>; facts: string[] }>();
for (const { path, texts, fact } of storyFacts) {
  const entry = textsByPath.get(path) ?? { texts: new Set<string>(), facts: [] };
  for (const text of texts) entry.texts.add(text);
  entry.facts.push(fact);
  textsByPath.set(path, entry);
}

/** Runs of white space as one space, as a reader reads them (and getByText matches them). */
const normalizeSpace = (text: string) => text.replace(/\s+/g, " ").trim();

test("the checklist covers the story", () => {
  expect(storyFacts.length).toBeGreaterThan(50);
  expect(textsByPath.size).toBeGreaterThan(20);
});

for (const [path, { texts, facts }] of textsByPath) {
  test(`story facts are visible on ${path}`, async ({ page }) => {
    // A paged list (the timeline) shows its older entries on the next pages: follow them.
    let missing = [...texts];
    await followListPages(page, path, async () => {
      // The page's text as rendered for the reader (hidden elements left out), read once.
      const shown = normalizeSpace(await page.locator("body").innerText());
      missing = missing.filter((text) => !shown.includes(normalizeSpace(text)));
      return missing.length === 0 ? "done" : "more";
    });
    expect(missing, `not visible on ${path}, for: ${facts.join("；")}`).toEqual([]);
  });
}

test("every main page answers 200", async ({ request }) => {
  const statuses = await Promise.all(
    MAIN_PAGES.map(async ({ path }) => [path, (await request.get(path)).status()] as const),
  );
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
});

test("/sources links to every link of the story", async ({ page }) => {
  const hrefs = new Set<string | null>();
  await followListPages(page, "/sources", async () => {
    const links = page.getByRole("main").getByRole("link");
    for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute("href"))))
      hrefs.add(href);
    return "more";
  });
  const listed = STORY_LINKS.filter((url) => hrefs.has(url));
  expect(STORY_LINKS.filter((url) => !hrefs.has(url))).toEqual([]);
  expect(new Set(listed).size).toBeGreaterThanOrEqual(36);
});

test("a link to a source finds the page of the bibliography that shows it", async ({ page }) => {
  await page.goto("/sources?page=2");
  const slug = await page.getByRole("main").locator("ol > li").first().getAttribute("id");
  expect(slug).toBeTruthy();
  await page.goto(`/sources/at/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/sources\\?page=\\d+#${slug}$`));
  await expect(page.locator(`[id="${slug}"]`)).toBeVisible();
  expect((await page.request.get("/sources/at/no-such-source", { maxRedirects: 0 })).headers().location).toBe(
    "/sources",
  );
});

test("an entry the story gives no source for says so where its sources would be", async ({ page }) => {
  const unsourced = seededEvents.filter((event) => event.citations.length === 0);
  expect(unsourced.length).toBeGreaterThan(0);
  for (const event of unsourced) {
    await page.goto(`/events/${event.slug}`);
    const sources = page.getByRole("main").getByRole("region", { name: "来源" });
    await expect(sources, event.slug).toContainText("未附来源");
    await expect(sources.getByRole("link"), event.slug).toHaveCount(0);
  }
  // And the site no longer claims that every fact has one.
  await expect(page.getByRole("contentinfo")).toContainText("暂无来源的条目标明“未附来源”");
});

test("an entry whose address named what the story never says is found at its old address too", async ({
  page,
}) => {
  for (const { from, to } of MOVED_ENTRIES) {
    const old = await page.request.get(from, { maxRedirects: 0 });
    expect(old.status(), from).toBe(308);
    expect(old.headers().location, from).toBe(to);
  }
  // A subscriber of the old feed is led to the new one; a reader lands on the page it names.
  const feed = await page.request.get("/funding/series-b-2024/feed.xml", { maxRedirects: 0 });
  expect(feed.headers().location).toBe("/funding/equity-and-debt-2024/feed.xml");
  await page.goto("/partnerships/cma-cgm");
  await expect(page).toHaveURL(/\/partnerships\/cma$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("与航运巨头 CMA 的战略合作");
  // The A round's investor and the shipping partner are two entries, as the story tells them.
  await expect(page.getByRole("main").getByRole("link", { name: "CMA-CGM" })).toHaveCount(0);
  // "afp" was read off a link's address; the story says 法新社.
  await page.goto("/organizations/afp");
  await expect(page).toHaveURL(/\/organizations\/fa-xin-she$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("法新社");
});
