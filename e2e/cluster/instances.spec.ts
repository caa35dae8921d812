// Two instances of the built app behind no shared memory but PostgreSQL and Redis, as a load
// balancer would spread readers and editors over them: whatever is saved through one shows on
// the next request to either, pages and feeds alike (their queries' results are shared in Redis);
// a session and a form opened on one work on the other.
import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures/test";
import { dropPostgresqlDatabase } from "@/tools/db/postgresql";
import { createEvent, entryForm, publishNow, saveEntry, uniqueSlug } from "../fixtures/admin";
import {
  type AppInstance,
  createUserFromCli,
  prepareDatabase,
  startAppInstance,
} from "../fixtures/app-instance";
import { dedicatedUser, logIn, openBrowser, submitAndWait } from "../fixtures/auth";
import { e2ePostgresqlUrl } from "../fixtures/e2e-database";

// Ports of their own beside the shared e2e server's (E2E_PORT) and the faults journey's.
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [E2E_PORT + 30, E2E_PORT + 31];
const DATABASE_URL = e2ePostgresqlUrl(`tracker_instances_${PORTS[0]}`);
// What every instance of one deployment shares (README, "Deployment: several instances").
const SHARED_ENV = {
  AUTH_SECRET: randomBytes(32).toString("hex"),
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  CACHE_NAMESPACE: `instances-${randomBytes(6).toString("hex")}`,
  SITE_URL: `http://127.0.0.1:${PORTS[0]}`,
};

const editorAccount = dedicatedUser("instances");
let one: AppInstance;
let two: AppInstance;

test.describe.configure({ mode: "serial", timeout: 90_000 });

test.beforeAll(async () => {
  await prepareDatabase(DATABASE_URL, { fresh: true });
  await createUserFromCli(DATABASE_URL, editorAccount);
  [one, two] = await Promise.all(
    PORTS.map((port) => startAppInstance({ port, databaseUrl: DATABASE_URL, env: SHARED_ENV })),
  );
});

test.afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  await dropPostgresqlDatabase(DATABASE_URL);
});

/** The text of a page or feed as an instance serves it now. */
async function fetchFrom(instance: AppInstance, path: string) {
  const response = await fetch(`${instance.baseURL}${path}`);
  expect(response.status, `${instance.baseURL}${path}`).toBe(200);
  return { text: await response.text() };
}

const PUBLIC_PATHS = ["/", "/timeline", "/feed.xml", "/feeds/events/feed.xml"];

test("an edit saved through either instance shows on both at once, pages and feeds alike", async ({
  browser,
}) => {
  // Every public page's queries are cached on both instances before the edits.
  for (const instance of [one, two]) for (const path of PUBLIC_PATHS) await fetchFrom(instance, path);

  // Signed in on the first instance: the session holds on the second, which shares AUTH_SECRET.
  const editor = await openBrowser(browser, one.baseURL);
  await logIn(editor, editorAccount);
  await editor.goto(`${two.baseURL}/admin`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("概览");

  const slug = uniqueSlug("cluster");
  const title = `双实例事件 ${slug}`;
  await editor.goto(`${one.baseURL}/admin`);
  const adminPath = await createEvent(editor, title, slug);
  await publishNow(editor);
  for (const instance of [two, one]) {
    for (const path of [...PUBLIC_PATHS, `/events/${slug}`]) {
      expect((await fetchFrom(instance, path)).text, `${instance.baseURL}${path}`).toContain(title);
    }
  }

  // Renamed through the second instance: the first shows the new title and no longer the old.
  const renamed = `改名后的双实例事件 ${slug}`;
  await editor.goto(`${two.baseURL}${adminPath}`);
  await entryForm(editor).getByLabel("标题", { exact: true }).fill(renamed);
  await saveEntry(editor, "保存");
  for (const instance of [one, two]) {
    for (const path of [...PUBLIC_PATHS, `/events/${slug}`]) {
      const { text } = await fetchFrom(instance, path);
      expect(text, `${instance.baseURL}${path}`).toContain(renamed);
      expect(text, `${instance.baseURL}${path}`).not.toContain(`>${title}<`);
    }
  }
});

test("a form served by one instance is accepted by the other", async ({ browser }) => {
  const editor = await openBrowser(browser, one.baseURL);
  await logIn(editor, editorAccount);
  // A load balancer sends the form's submission (a server action) to the other instance, and
  // tells it the host the browser asked for (which server actions check against the origin).
  const posted: string[] = [];
  await editor.route(`${one.baseURL}/**`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const url = request.url().replace(one.baseURL, two.baseURL);
    posted.push(url);
    const headers = { ...request.headers(), "x-forwarded-host": new URL(one.baseURL).host };
    await route.continue({ url, headers });
  });

  const slug = uniqueSlug("crossed");
  const title = `跨实例提交 ${slug}`;
  await createEvent(editor, title, slug);
  await publishNow(editor);
  expect(posted.length).toBeGreaterThanOrEqual(2);
  expect(posted.every((url) => url.startsWith(two.baseURL))).toBe(true);
  for (const instance of [one, two]) {
    expect((await fetchFrom(instance, `/events/${slug}`)).text).toContain(title);
  }
});

test("with no proxy to trust, a forged X-Forwarded-For is nobody's address, and the owner still gets in", async ({
  browser,
}) => {
  const owner = dedicatedUser("no-proxy-owner", "OWNER");
  await createUserFromCli(DATABASE_URL, owner);
  // The owner's own browser signs in once before the attack.
  const own = await openBrowser(browser, one.baseURL);
  await logIn(own, owner);
  await own.getByRole("button", { name: "退出登录" }).click();
  await own.waitForURL(/\/admin\/login$/);

  // The attacker claims a new address for every guess, as if behind a proxy that vouched for it.
  const forged = (i: number) => `198.51.100.${i}`;
  for (let i = 1; i <= 6; i++) {
    const attacker = await openBrowser(browser, one.baseURL, forged(i));
    await attacker.goto("/admin/login");
    const form = attacker.getByRole("form", { name: "登录编辑后台" });
    await form.getByLabel("邮箱").fill(owner.email);
    await form.getByLabel("密码", { exact: true }).fill(`forged guess ${i}`);
    await submitAndWait(form.getByRole("button", { name: "登录" }));
    await expect(form.getByRole("alert")).toHaveText("邮箱或密码不正确");
    await attacker.context().close();
  }

  // The owner signs in during the attack, and the audit log holds no address the attacker claimed.
  await logIn(own, owner);
  await own.goto("/admin/audit?action=LOGIN_FAILED");
  const rows = own.getByRole("row").filter({ hasText: owner.email });
  await expect(rows).toHaveCount(6);
  for (let i = 1; i <= 6; i++) await expect(own.getByRole("main")).not.toContainText(forged(i));
});
