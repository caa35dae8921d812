// Durable sources. An editor checks the sources' links from /admin/sources/links against a local
// server the journey starts (tests/support/link-server.ts): the broken ones (404, 410, no answer)
// and the moved one (301, with its target) are listed with links to their edit pages, a fine one
// is not, and a fixed one drops off. Readers see an archived copy beside a source's link as 存档,
// with the day an editor last checked it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";
import {
  cite,
  createEvent,
  createSource,
  entryForm,
  publishNow,
  saveEntry,
  today,
  uniqueSlug,
} from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";
import { startLinkServer } from "@/tests/support/link-server";

test.use({ storageState: EDITOR.storageState });

test("an editor checks the sources' links: the broken and the moved are listed, and a fixed one drops off", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const server = await startLinkServer();
  try {
    const run = uniqueSlug("links");
    const title = (page: string) => `链接检查 ${page} ${run}`;
    const admin: Record<string, string> = {};
    for (const path of ["ok", "moved", "missing", "gone", "hang"]) {
      admin[path] = await createSource(page, {
        title: title(path),
        slug: `${run}-${path}`,
        url: server.url(`/${path}`),
      });
    }

    // Only this journey's sources: the story's links lead nowhere from here.
    await page.goto("/admin");
    await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "来源链接" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("来源链接检查");
    const check = page.getByRole("form", { name: "检查链接" });
    await check.getByLabel("只检查包含以下文字的来源（可选）").fill(run);
    await check.getByRole("button", { name: "检查链接" }).click();
    await expect(page.getByRole("status")).toHaveText("已检查 5 个链接，其中 4 个失效或已跳转。", {
      timeout: 20_000,
    });

    const broken = page.getByRole("region", { name: /^失效/ });
    const moved = page.getByRole("region", { name: /^已跳转/ });
    const row = (region: typeof broken, path: string) =>
      region.getByRole("row", { name: new RegExp(title(path)) });
    await expect(row(broken, "missing")).toContainText("页面不存在（404）");
    await expect(row(broken, "gone")).toContainText("页面已永久删除（410）");
    await expect(row(broken, "hang")).toContainText("无响应（超时）");
    await expect(row(moved, "moved")).toContainText("永久跳转（301）");
    await expect(row(moved, "moved").getByRole("link", { name: server.url("/ok") })).toHaveAttribute(
      "href",
      server.url("/ok"),
    );
    await expect(page.getByRole("main")).not.toContainText(title("ok"));
    // Each names the link it checked.
    await expect(row(broken, "gone").getByRole("link", { name: server.url("/gone") })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );

    // The screen, with both lists filled, passes axe (WCAG 2 A/AA).
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const violations = axe.violations.map((v) => ({
      rule: v.id,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // Asked by HEAD with the site's name; GET only after an error.
    const asked = server.requests.filter((r) => r.path !== "/favicon.ico");
    expect(asked.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        "HEAD /ok",
        "HEAD /moved",
        "HEAD /missing",
        "GET /missing",
        "HEAD /gone",
        "GET /gone",
        "HEAD /hang",
      ].sort(),
    );
    expect(new Set(asked.map((r) => r.userAgent))).toEqual(
      new Set([expect.stringMatching(/^mistral-tracker-link-check\//)]),
    );

    // The editor opens the missing one from the list and gives it its new address.
    await row(broken, "missing")
      .getByRole("link", { name: title("missing") })
      .click();
    await expect(page).toHaveURL(admin.missing);
    await entryForm(page).getByLabel("网址", { exact: true }).fill(server.url("/ok?moved-here"));
    await saveEntry(page, "保存");
    await page.goto("/admin/sources/links");
    await expect(row(broken, "gone")).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText(title("missing"));

    // Checked again on its own, the moved one is still moved.
    await row(moved, "moved").getByRole("button", { name: "重新检查" }).click();
    await expect(page.getByRole("status")).toHaveText("已检查 1 个链接，其中 1 个失效或已跳转。");
    await expect(row(moved, "moved")).toBeVisible();
  } finally {
    await server.close();
  }
});

test("readers see an archived copy beside a source's link as 存档, and when an editor last checked it", async ({
  page,
}) => {
  const slug = uniqueSlug("archived");
  const sourceTitle = `存档测试来源 ${slug}`;
  const archive = `https://web.archive.org/web/2025/https://news.example.com/${slug}`;
  await createSource(page, {
    title: sourceTitle,
    slug: `source-${slug}`,
    url: `https://news.example.com/${slug}`,
    archiveUrl: archive,
    checkedOn: today(),
  });
  await expect(entryForm(page).getByLabel("存档网址", { exact: true })).toHaveValue(archive);
  await expect(entryForm(page).getByLabel("核对日期", { exact: true })).toHaveValue(today());
  await publishNow(page);

  await createEvent(page, `存档测试事件 ${slug}`, slug);
  await cite(entryForm(page), sourceTitle, "有存档的说法");
  // Saved, not the "created" notice still on the page: the publish panel then has the new version.
  await entryForm(page).getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await publishNow(page);

  const [year, month, day] = today().split("-").map(Number);
  const checked = `核对于 ${year}年${month}月${day}日`;
  for (const path of [`/events/${slug}`, `/sources/at/source-${slug}`]) {
    await page.goto(path);
    const link = page.getByRole("link", { name: `存档：${sourceTitle}` });
    await expect(link, path).toHaveText("存档");
    await expect(link, path).toHaveAttribute("href", archive);
    await expect(link, path).toHaveAttribute("rel", "noopener noreferrer");
    await expect(page.getByRole("main"), path).toContainText(checked);
  }
});
