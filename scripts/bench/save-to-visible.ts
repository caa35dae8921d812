// How long from an editor pressing "保存" to the change being visible on the public page, and
// whether the first request after the save was answered still shows the old text (a stale read).
// Drives the real admin form in Chromium against a running site (or the cache tier in front of
// it, `npm run start:cluster`: the public page is read until the tier keeps it before each save)
// and polls the public page over HTTP until the new text appears.
//   BASE_URL=http://127.0.0.1:3000 ADMIN_EMAIL=… ADMIN_PASSWORD=… npx tsx scripts/bench/save-to-visible.ts
import { chromium } from "@playwright/test";
import { systemBrowserLaunchOptions } from "../../e2e/fixtures/system-browser";

const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const email = process.env.ADMIN_EMAIL;
const password = process.env.ADMIN_PASSWORD;
const runs = Number(process.env.RUNS ?? 5);
const PERSON = "Arthur Mensch";
const PUBLIC_PAGE = "/people";

if (!email || !password) {
  console.error("Set ADMIN_EMAIL and ADMIN_PASSWORD of an editor or owner account.");
  process.exit(2);
}

const browser = await chromium.launch(systemBrowserLaunchOptions());
const page = await (await browser.newContext({ baseURL, locale: "zh-CN" })).newPage();
page.setDefaultTimeout(15_000);
await page.goto("/admin/login");
await page.getByLabel("邮箱").fill(email);
await page.getByLabel("密码", { exact: true }).fill(password);
await page.getByRole("button", { name: "登录" }).click();
await page.waitForURL(/\/admin$/);

await page.goto(`/admin/people?q=${encodeURIComponent(PERSON)}`);
await page.getByRole("link", { name: PERSON, exact: true }).first().click();
await page.waitForURL(/\/admin\/people\/[^/?]+$/);
const editUrl = page.url();
const role = page.getByLabel("职务", { exact: true });
// A published entry's edit says why, for the public change log.
const reason = page.getByLabel("修改说明", { exact: true });
// A run cut short leaves its marker behind: start from the text without any.
const original = (await role.inputValue()).replace(/（测量 \d+）/g, "");

const readPublicPage = async () => {
  const response = await fetch(new URL(PUBLIC_PAGE, baseURL));
  return { html: await response.text(), cache: response.headers.get("x-cache") };
};

const saveMs: number[] = [];
const visibleMs: number[] = [];
let staleReads = 0;
for (let run = 0; run < runs; run++) {
  // The old text is kept by the tier, when there is one, before the save.
  for (let attempt = 0; attempt < 5 && (await readPublicPage()).cache === "MISS"; attempt++);
  // A fresh form each time, so it carries the entry's current version.
  await page.goto(editUrl);
  const marker = `${original}（测量 ${Date.now()}）`;
  await role.fill(marker);
  await reason.fill("测量保存到可见的时间");
  const started = performance.now();
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "保存", exact: true }).click(),
  ]);
  saveMs.push(performance.now() - started);
  // Bounded: a change that never shows is a failure, not a hang.
  for (let attempt = 0; ; attempt++) {
    const { html } = await readPublicPage();
    if (html.includes(marker)) break;
    if (attempt === 0) staleReads++;
    if (attempt >= 200) throw new Error(`"${marker}" never appeared on ${PUBLIC_PAGE}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  visibleMs.push(performance.now() - started);
}
await page.goto(editUrl);
await role.fill(original);
await reason.fill("测量结束，恢复原文");
await Promise.all([
  page.waitForResponse((response) => response.request().method() === "POST"),
  page.getByRole("button", { name: "保存", exact: true }).click(),
]);
await browser.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`runs: ${runs}`);
console.log(`save round trip (click → action response): median ${median(saveMs).toFixed(0)} ms`);
console.log(
  `click → visible on ${PUBLIC_PAGE}: median ${median(visibleMs).toFixed(0)} ms, max ${Math.max(...visibleMs).toFixed(0)} ms`,
);
console.log(`stale reads (the first request after the save was answered showed the old text): ${staleReads} of ${runs}`);
