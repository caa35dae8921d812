// PostgreSQL goes away while the site serves, for real: an instance of the built app, behind the
// cache tier (deploy/varnish) as in production, reaches its own fresh database through a TCP
// proxy, which the journey cuts (every open connection ends, new ones are refused, as when the
// server stops) and then restores. Readers keep the tier's last good copy, or get the outage page
// (503) where there is none, never a stack trace; the health check says 503; the editor is told
// and keeps everything typed; once the database is back the same server recovers by itself, the
// editor's save goes through, and nothing saved before is lost.
import { randomBytes } from "node:crypto";
import { expect, test, type APIResponse, type Page } from "../fixtures/test";
import { createPrismaClient } from "@/lib/platform/db/client";
import { countRows } from "@/prisma/seed";
import { entryForm } from "../fixtures/admin";
import {
  type AppInstance,
  createUserFromCli,
  prepareDatabase,
  startAppInstance,
} from "../fixtures/app-instance";
import { dedicatedUser, logIn, openBrowser } from "../fixtures/auth";
import { e2ePostgresqlUrl } from "../fixtures/e2e-database";
import { startTcpProxy, type TcpProxy } from "../fixtures/tcp-proxy";
import { startVarnish, type RunningVarnish } from "@/scripts/cache-tier/varnish";

// Ports of its own beside the shared e2e server's (E2E_PORT): the instance, the proxy, the tier.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const APP_PORT = E2E_PORT + 10;
const PROXY_PORT = E2E_PORT + 20;
const TIER_PORT = E2E_PORT + 21;
const TIER = `http://127.0.0.1:${TIER_PORT}`;
const PURGE_TOKEN = randomBytes(24).toString("hex");
const DATABASE = `tracker_faults_${APP_PORT}`;
const DIRECT_URL = e2ePostgresqlUrl(DATABASE);
// The same database through the proxy, which forwards to the server DIRECT_URL names.
const DATABASE_SERVER = new URL(DIRECT_URL);
const PROXIED_URL = throughProxy(DIRECT_URL);

function throughProxy(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(PROXY_PORT);
  return url.href;
}

const editorAccount = dedicatedUser("faults");
const run = Date.now().toString(36);

/** Public pages a reader loads before the outage, so each has a good render to fall back on. */
const PUBLIC_PAGES = ["/", "/models", "/models/mistral-large-2"];
const FEED = "/feed.xml";

/** What no reader may ever see: a stack frame, an error's name, the driver's words. */
const LEAKS = [/\bat (async )?[\w$.<>[\] ]*\(?[^\s()]*:\d+:\d+/, /\bError:/, /prisma/i, /ECONNREFUSED/];

function expectNoLeak(text: string, where: string): void {
  for (const leak of LEAKS) expect(text, `${where} shows ${leak}`).not.toMatch(leak);
}

const mainText = (page: Page) => page.getByRole("main").innerText();

/** During the outage a page that was read before is served as the tier kept it: 200, the same text. */
async function expectLastGoodRender(page: Page, path: string, before: string | undefined): Promise<void> {
  const response = (await page.goto(path))!;
  expect(response.status(), `${path}'s status`).toBe(200);
  expectNoLeak(await response.text(), `${path}'s HTML`);
  expect(await mainText(page), `${path} as before`).toBe(before);
}

/**
 * A page with nothing to fall back on: the outage page, 503 with when to retry, its message in
 * the HTML itself (shown without JavaScript), and nothing of the error.
 */
async function expectOutagePage(page: Page, path: string): Promise<void> {
  const direct = await page.request.get(path);
  expect(direct.status(), `${path}'s status`).toBe(503);
  expect(direct.headers()["retry-after"]).toBe("30");
  const html = await direct.text();
  expect(html).toContain("<h1>页面暂时无法加载</h1>");
  expectNoLeak(html, `${path}'s HTML`);
  expect((await page.goto(path))?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1, name: "页面暂时无法加载" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("请稍后重试");
}

/** A feed with no render to fall back on: 503, with when to retry and a plain message. */
function expectFeedUnavailable(response: APIResponse, body: string): void {
  expect(response.status(), `${response.url()}'s status`).toBe(503);
  expect(response.headers()["retry-after"]).toBe("30");
  expect(body).toContain("请稍后重试");
}

/** Row counts of every kind of entry and of their links and citations, read directly. */
async function entryCounts() {
  const prisma = createPrismaClient(DIRECT_URL);
  try {
    return await countRows(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

let proxy: TcpProxy;
let app: AppInstance;
let tier: RunningVarnish;

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  await prepareDatabase(DIRECT_URL, { fresh: true });
  await createUserFromCli(DIRECT_URL, editorAccount);
  proxy = await startTcpProxy({
    port: PROXY_PORT,
    targetHost: DATABASE_SERVER.hostname,
    targetPort: Number(DATABASE_SERVER.port || 5432),
  });
  tier = await startVarnish({
    listen: `127.0.0.1:${TIER_PORT}`,
    backends: [`127.0.0.1:${APP_PORT}`],
    purgeToken: PURGE_TOKEN,
    output: "errors-only",
  });
  app = await startAppInstance({
    port: APP_PORT,
    databaseUrl: PROXIED_URL,
    env: { SITE_URL: TIER, CACHE_PURGE_URLS: `${TIER}/`, CACHE_PURGE_TOKEN: PURGE_TOKEN },
  });
  await expect.poll(async () => (await fetch(`${TIER}/api/health`)).status, { timeout: 15_000 }).toBe(200);
});

test.afterAll(async () => {
  await app?.stop();
  await tier?.stop();
  await proxy?.close();
});

test("a database outage: readers keep pages, the editor keeps input, all recovers by itself", async ({
  browser,
}) => {
  const editor = await openBrowser(browser, TIER);
  await logIn(editor, editorAccount);

  // Saved before the outage: an edit that must survive it.
  const savedBefore = `停机前保存的简介 ${run}`;
  await editor.goto("/admin/models?q=mistral-large");
  await editor.getByRole("link", { name: "Mistral Large", exact: true }).click();
  await entryForm(editor).getByLabel("简介（Markdown）", { exact: true }).fill(savedBefore);
  await entryForm(editor).getByLabel("修改说明", { exact: true }).fill(`停机前的修改 ${run}`);
  await entryForm(editor).getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();

  // A reader loads the public pages and the feed, until the tier serves each from its copy.
  const reader = await openBrowser(browser, TIER);
  // The reader's browser prefetches no links: a prefetch would render the page it links to, and
  // the journey follows a link to a page that must have no render when the database goes away.
  await reader.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
  );
  const cached = async (path: string) => (await reader.request.get(path)).headers()["x-cache"];
  const before = new Map<string, string>();
  for (const path of PUBLIC_PAGES) {
    await expect.poll(() => cached(path), { timeout: 15_000 }).toBe("HIT");
    expect((await reader.goto(path))?.status(), path).toBe(200);
    before.set(path, await mainText(reader));
  }
  await expect.poll(() => cached(FEED), { timeout: 15_000 }).toBe("HIT");
  const feedBodyBefore = await (await reader.request.get(FEED)).text();

  // The editor opens another entry and types into it; someone else is about to sign in.
  await editor.goto("/admin/models?q=mistral-large-2");
  await editor.getByRole("link", { name: "Mistral Large 2", exact: true }).click();
  const form = entryForm(editor);
  const typed = {
    名称: `Mistral Large 2（停机测试 ${run}）`,
    系列: `Mistral Large 停机 ${run}`,
    "许可证名称（按来源写法）": `停机许可 ${run}`,
    "简介（Markdown）": `停机时写下的简介 ${run}。\n\n第二段。`,
    修改说明: `停机时的修改 ${run}`,
  };
  for (const [label, value] of Object.entries(typed))
    await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "研究/免费模型" });
  const guest = await openBrowser(browser, TIER);
  await guest.goto("/admin/login");
  const countsBefore = await entryCounts();

  await proxy.cut();

  // A search nobody made before has nothing to fall back on. The first request of all after the
  // cut: the instance finds the database out of reach, and the outage page is the answer.
  const search = `/search?q=${encodeURIComponent(`停机 ${run}`)}`;
  await expectOutagePage(reader, search);
  // So does a page reached by a link from one the tier kept: the browser loads it in full.
  await reader.goto("/models");
  await reader.getByRole("main").getByRole("link", { name: "Codestral", exact: true }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "页面暂时无法加载" })).toBeVisible();
  expect(new URL(reader.url()).pathname).toBe("/models/codestral");

  // Readers: the last good render of every page and feed they loaded before.
  for (const path of PUBLIC_PAGES) await expectLastGoodRender(reader, path, before.get(path));
  const feedDuring = await reader.request.get(FEED);
  expect(feedDuring.status()).toBe(200);
  expect(await feedDuring.text(), `${FEED} as before`).toBe(feedBodyBefore);
  // A feed nobody read before has nothing to fall back on: a plain 503.
  const unreadFeed = await reader.request.get("/feeds/events/atom.xml");
  expectFeedUnavailable(unreadFeed, await unreadFeed.text());
  const health = await reader.request.get("/api/health");
  expect(health.status()).toBe(503);
  expect((await health.json()).database.reachable).toBe(false);
  // The open data API, asked for something it holds no cached answer to, says so in JSON.
  const api = await reader.request.get("/api/v1/models?per_page=7");
  expect(api.status()).toBe(503);
  expect(api.headers()["retry-after"]).toBe("30");
  expect((await api.json()).error.code).toBe("unavailable");

  // The editor's save is refused with a clear message, and every typed field keeps its value.
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toContainText(
    "数据库暂时无法连接，你填写的内容已保留，请稍后重试。",
  );
  for (const [label, value] of Object.entries(typed)) {
    await expect(form.getByLabel(label, { exact: true }), label).toHaveValue(value);
  }
  await expect(form.getByLabel("类别", { exact: true }).locator("option:checked")).toHaveText(
    "研究/免费模型",
  );
  expectNoLeak(await editor.locator("body").innerText(), "the admin form");

  // Signing out cannot end the sessions now: said so, and the editor stays signed in.
  await editor.getByRole("button", { name: "退出登录" }).click();
  await expect(editor.getByRole("banner").getByRole("alert")).toHaveText(
    "数据库暂时无法连接，暂时无法退出登录，请稍后重试。",
  );

  // Signing in says why it cannot, and keeps the address.
  await guest.getByLabel("邮箱").fill(editorAccount.email);
  await guest.getByLabel("密码", { exact: true }).fill(editorAccount.password);
  await guest.getByRole("button", { name: "登录" }).click();
  const logInForm = guest.getByRole("form", { name: "登录编辑后台" });
  await expect(logInForm.getByRole("alert")).toHaveText("数据库暂时无法连接，暂时无法登录，请稍后重试。");
  await expect(guest.getByLabel("邮箱")).toHaveValue(editorAccount.email);

  // An admin page that cannot load says so, with a retry.
  const dashboard = await editor.context().newPage();
  const dashboardResponse = await dashboard.goto("/admin");
  expect(dashboardResponse?.status()).toBeGreaterThanOrEqual(500);
  await expect(dashboard.getByRole("heading", { level: 1, name: "编辑后台暂时无法加载" })).toBeVisible();
  expectNoLeak(await dashboardResponse!.text(), "the admin's HTML");
  expectNoLeak(await dashboard.locator("body").innerText(), "the admin error page");

  await proxy.restore();

  // The same server recovers without a restart: health, the retry, the save, the sign-in.
  await expect.poll(async () => (await reader.request.get("/api/health")).status()).toBe(200);
  await dashboard.getByRole("button", { name: "重试" }).click();
  await expect(dashboard.getByRole("heading", { level: 1, name: "概览" })).toBeVisible();

  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
  await expect(entryForm(editor).getByLabel("名称", { exact: true })).toHaveValue(typed.名称);

  await guest.getByLabel("密码", { exact: true }).fill(editorAccount.password);
  await guest.getByRole("button", { name: "登录" }).click();
  await guest.waitForURL((url) => url.pathname === "/admin");

  // Readers see the edit at once, the page that failed works again, and nothing saved before is lost.
  await reader.goto("/models/mistral-large-2");
  await expect(reader.getByRole("heading", { level: 1, name: typed.名称 })).toBeVisible();
  await expect(reader.getByRole("main")).toContainText(`停机时写下的简介 ${run}。`);
  expect((await reader.goto(search))?.status()).toBe(200);
  expect((await reader.request.get("/feeds/events/atom.xml")).status()).toBe(200);
  await reader.goto("/models/mistral-large");
  await expect(reader.getByRole("main")).toContainText(savedBefore);
  expect(await entryCounts()).toEqual(countsBefore);

  expect(app.output(), "the server's log").not.toMatch(/uncaught|unhandled/i);
});
