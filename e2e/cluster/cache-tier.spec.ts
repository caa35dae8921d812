// The production shape (README, "Deploy at scale"): Varnish with deploy/varnish/tracker.vcl in
// front of two instances of the built app on PostgreSQL and Redis, readers and editors both going
// through it. Readers are served kept copies; every change purges what it touched, so an edit is
// there on the very next request; drafts and scheduled entries never reach a reader early; an
// editor's pages are never kept for anyone; a purge that fails is tried again; and with the app
// gone, readers still get the last good pages.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "../fixtures/test";
import { startVarnish, type RunningVarnish } from "@/scripts/cache-tier/varnish";
import { dropPostgresqlDatabase } from "@/tools/db/postgresql";
import { beijingTimeIn, createEvent, entryForm, publishNow, saveEntry, uniqueSlug } from "../fixtures/admin";
import {
  type AppInstance,
  createUserFromCli,
  prepareDatabase,
  startAppInstance,
} from "../fixtures/app-instance";
import { dedicatedUser, logIn, openBrowser } from "../fixtures/auth";
import { e2ePostgresqlUrl } from "../fixtures/e2e-database";
import { startTcpProxy, type TcpProxy } from "../fixtures/tcp-proxy";

// Ports of their own beside the shared e2e server's (E2E_PORT) and the other cluster journeys'.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const TIER_PORT = E2E_PORT + 40;
const APP_PORTS = [E2E_PORT + 41, E2E_PORT + 42];
// The instances purge the tier through this proxy, which the journey cuts to make purges fail.
const PURGE_PROXY_PORT = E2E_PORT + 43;
const DATABASE_URL = e2ePostgresqlUrl(`tracker_tier_${TIER_PORT}`);
const TIER = `http://127.0.0.1:${TIER_PORT}`;
const PURGE_TOKEN = randomBytes(24).toString("hex");
const SHARED_ENV = {
  AUTH_SECRET: randomBytes(32).toString("hex"),
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  CACHE_NAMESPACE: `tier-${randomBytes(6).toString("hex")}`,
  SITE_URL: TIER,
  CACHE_PURGE_URLS: `http://127.0.0.1:${PURGE_PROXY_PORT}/`,
  CACHE_PURGE_TOKEN: PURGE_TOKEN,
};

const editorAccount = dedicatedUser("tier");
let instances: AppInstance[] = [];
let tier: RunningVarnish;
let purgeProxy: TcpProxy;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  await prepareDatabase(DATABASE_URL, { fresh: true });
  await createUserFromCli(DATABASE_URL, editorAccount);
  tier = await startVarnish({
    listen: `127.0.0.1:${TIER_PORT}`,
    backends: APP_PORTS.map((port) => `127.0.0.1:${port}`),
    purgeToken: PURGE_TOKEN,
    output: "errors-only",
  });
  purgeProxy = await startTcpProxy({ port: PURGE_PROXY_PORT, targetPort: TIER_PORT });
  instances = await Promise.all(
    APP_PORTS.map((port) => startAppInstance({ port, databaseUrl: DATABASE_URL, env: SHARED_ENV })),
  );
  // The tier's health probe has seen the instances up.
  await expect.poll(async () => (await fetch(`${TIER}/`)).status, { timeout: 15_000 }).toBe(200);
});

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await tier?.stop();
  await purgeProxy?.close();
  await dropPostgresqlDatabase(DATABASE_URL);
});

/** A page or feed as an anonymous reader gets it through the tier now. */
async function read(path: string, init: RequestInit = {}) {
  const response = await fetch(`${TIER}${path}`, { redirect: "manual", ...init });
  const { status, headers } = response;
  return {
    status,
    cache: headers.get("x-cache"),
    location: headers.get("location"),
    text: await response.text(),
  };
}

/** Reads `path` until the tier serves it from its copy. */
async function keptCopy(path: string) {
  await expect.poll(async () => (await read(path)).cache, { message: path }).toBe("HIT");
  return read(path);
}

const READER_PATHS = ["/", "/timeline", "/timeline?kind=EVENT", "/feed.xml", "/feeds/events/atom.xml"];

async function editorPage(browser: Parameters<typeof openBrowser>[0]): Promise<Page> {
  const editor = await openBrowser(browser, TIER);
  await logIn(editor, editorAccount);
  return editor;
}

test("readers get kept copies; a draft never reaches them, a publication and an edit on the next request", async ({
  browser,
}) => {
  for (const path of READER_PATHS) await keptCopy(path);
  const editor = await editorPage(browser);
  const slug = uniqueSlug("tier");
  const title = `缓存层事件 ${slug}`;
  const adminPath = await createEvent(editor, title, slug);

  // A draft: purged for, but never shown.
  for (const path of READER_PATHS) expect((await read(path)).text, path).not.toContain(title);
  expect((await read(`/events/${slug}`)).status).toBe(404);
  const entryFeed = `/events/${slug}/feed.xml`;
  expect((await read(entryFeed)).status).toBe(404);

  // Published: every page and feed that shows it has it on the very next request, none stale.
  await publishNow(editor);
  for (const path of [...READER_PATHS, `/events/${slug}`]) {
    const { status, text } = await read(path);
    expect(status, path).toBe(200);
    expect(text, path).toContain(title);
  }
  for (const path of READER_PATHS) await keptCopy(path);
  // Its own feed too, though the tier kept its 404 while it was a draft.
  expect((await read(entryFeed)).text).toContain(`发布事件「${title}」`);
  await keptCopy(entryFeed);

  // Renamed: the next request has the new title, and the old one nowhere.
  const renamed = `改名的缓存层事件 ${slug}`;
  await editor.goto(adminPath);
  await entryForm(editor).getByLabel("标题", { exact: true }).fill(renamed);
  await saveEntry(editor, "保存");
  for (const path of [...READER_PATHS, `/events/${slug}`]) {
    const { text } = await read(path);
    expect(text, path).toContain(renamed);
    expect(text, path).not.toContain(`>${title}<`);
  }
  expect((await read(entryFeed)).text).toContain(`修改事件「${renamed}」`);
  // A page of another kind that shows no event kept its copy.
  await keptCopy("/models/codestral");
  await editor.goto(adminPath);
  await entryForm(editor).getByLabel("标题", { exact: true }).fill(`${renamed}。`);
  await saveEntry(editor, "保存");
  expect((await read("/models/codestral")).cache).toBe("HIT");
  expect((await read("/timeline")).cache).toBe("MISS");
});

test("a scheduled entry reaches readers when its time comes, with nothing else done", async ({ browser }) => {
  const editor = await editorPage(browser);
  const slug = uniqueSlug("tier-at");
  const title = `缓存层定时事件 ${slug}`;
  await createEvent(editor, title, slug);
  const at = Date.now() + 15_000;
  const schedule = editor.getByRole("form", { name: "定时发布" });
  await schedule.getByLabel("发布时间（北京时间）", { exact: true }).fill(beijingTimeIn(at - Date.now()));
  await schedule.getByRole("button", { name: "定时发布" }).click();
  await expect(editor.getByRole("status")).toHaveText("已设定定时发布。");

  // Kept by the tier while still hidden…
  for (const path of READER_PATHS) expect((await keptCopy(path)).text, path).not.toContain(title);
  expect(Date.now(), "the hidden state was checked before its time").toBeLessThan(at);

  // …and there once its time has come: the instances purge the tier then.
  await editor.waitForTimeout(Math.max(0, at - Date.now()));
  for (const path of READER_PATHS) {
    await expect
      .poll(async () => (await read(path)).text, { message: path, timeout: 10_000 })
      .toContain(title);
  }
});

test("an editor's pages are never kept, nor served to anyone else", async ({ browser }) => {
  const editor = await editorPage(browser);
  const dashboard = await editor.goto("/admin");
  expect(dashboard?.headers()["x-cache"]).toBe("PASS");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("概览");
  await expect(editor.getByRole("button", { name: "退出登录" })).toBeVisible();
  // A public page asked for with the editor's cookie is the readers' copy: the cookie never
  // reaches the app there, and nothing of the session comes back.
  const home = await editor.goto("/");
  expect(home?.headers()["set-cookie"]).toBeUndefined();
  expect(await home?.text()).toBe((await read("/")).text);

  // Anonymous, even with a forged cookie: the sign-in, never the editor's dashboard.
  for (const init of [{}, { headers: { cookie: "authjs.session-token=forged" } }]) {
    const admin = await read("/admin", init);
    expect(admin.status).toBe(307);
    expect(admin.location).toBe("/admin/login");
    expect(admin.cache).toBe("PASS");
    expect(admin.text).not.toContain(editorAccount.email);
    expect(admin.text).not.toContain("退出登录");
  }
});

test("a purge that fails is tried again, and the edit is never lost", async ({ browser }) => {
  const editor = await editorPage(browser);
  const slug = uniqueSlug("tier-retry");
  const title = `缓存层重试事件 ${slug}`;
  const adminPath = await createEvent(editor, title, slug);
  await publishNow(editor);
  expect((await keptCopy(`/events/${slug}`)).text).toContain(title);

  await purgeProxy.cut();
  const renamed = `清除失败后改名 ${slug}`;
  await editor.goto(adminPath);
  await entryForm(editor).getByLabel("标题", { exact: true }).fill(renamed);
  await saveEntry(editor, "保存");
  // Saved, though the tier could not be told: it still serves its copy for now.
  await expect(entryForm(editor).getByLabel("标题", { exact: true })).toHaveValue(renamed);
  expect((await read(`/events/${slug}`)).text).toContain(`>${title}<`);

  await purgeProxy.restore();
  await expect.poll(async () => (await read(`/events/${slug}`)).text, { timeout: 15_000 }).toContain(renamed);
  const logs = instances.map((instance) => instance.output()).join("\n");
  expect(logs).toMatch(/\[cache tier\] purging ".*EVENT.*" at .* failed/);
});

test("with the app stopped, readers still get the last good pages", async () => {
  const before = new Map<string, string>();
  for (const path of READER_PATHS) before.set(path, (await keptCopy(path)).text);
  await Promise.all(instances.map((instance) => instance.stop()));

  for (const path of READER_PATHS) {
    const { status, text } = await read(path);
    expect(status, path).toBe(200);
    expect(text, path).toBe(before.get(path));
  }
  // A page nobody read before: the tier says so plainly, with when to come back.
  const unread = await fetch(`${TIER}/search?q=${encodeURIComponent(uniqueSlug("none"))}`);
  expect(unread.status).toBe(503);
  expect(unread.headers.get("retry-after")).toBe("30");
  expect(await unread.text()).toContain("页面暂时无法加载");
});
