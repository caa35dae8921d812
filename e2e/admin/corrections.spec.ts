// A reader reports an error without an account: bad input is refused field by field and keeps
// what was typed, a good report lands in the editors' queue (never on the site), and a flood
// from one reader is stopped. The editor resolves the report.
import { expect, test as base, type Page } from "../fixtures/test";
import { EDITOR, openBrowser, submitAndWait } from "../fixtures/auth";
import { tablesHolding } from "../fixtures/e2e-database";
import { collectDialogs, collectServerErrors, uniqueSlug } from "../fixtures/admin";

/**
 * Each test is a reader of its own, at an address of its own (as the proxy in front would
 * forward it): the quota of 5 reports an hour is per address, and tests must not share one.
 */
const test = base.extend<{ reader: Page }>({
  reader: async ({ browser, baseURL }, provide) => {
    const address = `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
    const reader = await openBrowser(browser, baseURL, address);
    await provide(reader);
    await reader.context().close();
  },
});

const ENTRY = "/models/codestral";

async function openReportForm(page: Page) {
  await page.goto(ENTRY);
  await page.getByRole("link", { name: "报告错误", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("报告错误：Codestral");
  return page.getByRole("form", { name: "报告错误：Codestral" });
}

test("bad input is refused beside each field, keeps what was typed, and stores nothing", async ({
  reader: page,
}) => {
  const dialogs = collectDialogs(page);
  const serverErrors = collectServerErrors(page);
  // In every refused report, to look for it in the database afterwards.
  const marker = uniqueSlug("refused");
  const form = await openReportForm(page);
  const message = form.getByLabel("哪里有误", { exact: true });
  const sourceUrl = form.getByLabel("来源链接", { exact: true });
  const contact = form.getByLabel("联系方式", { exact: true });

  await form.getByRole("button", { name: "提交纠错" }).click();
  await expect(message).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("请具体说明哪里有误");
  await expect(form).toContainText("请填写来源链接");

  const cases = [
    {
      message: `<img src=x onerror="alert(1)">许可证写错了 ${marker}`,
      url: "https://example.com/a",
      contact: "",
      expected: "哪里有误只能是纯文本，不能包含 HTML 标签或脚本",
    },
    {
      message: "许可证写错了，应为 Apache 2.0",
      url: "javascript:alert(1)",
      contact: "",
      expected: "请填写以 http:// 或 https:// 开头的完整网址",
    },
    {
      message: "许可证写错了，应为 Apache 2.0",
      url: "data:text/html,<script>alert(1)</script>",
      contact: "",
      expected: "请填写以 http:// 或 https:// 开头的完整网址",
    },
    {
      message: "许可证\u202e写错了",
      url: "https://example.com/a",
      contact: "",
      expected: "哪里有误含有不可见的控制字符",
    },
    {
      message: "许可证写错了，应为 Apache 2.0",
      url: "https://example.com/a",
      contact: "<script>alert(1)</script>",
      expected: "联系方式只能是纯文本",
    },
    // Past the input's own limit (which a script can lift): the server counts too.
    {
      message: "错".repeat(2001),
      url: "https://example.com/a",
      contact: "",
      expected: "哪里有误不能超过 2000 个字符",
    },
  ];
  for (const bad of cases) {
    await message.evaluate((input) => input.removeAttribute("maxlength"));
    await message.fill(bad.message);
    await sourceUrl.fill(bad.url);
    await contact.fill(bad.contact);
    // Two cases in a row may have the same message: wait for this one's answer.
    await submitAndWait(form.getByRole("button", { name: "提交纠错" }));
    await expect(page.getByRole("main").getByRole("alert"), bad.expected).toContainText(bad.expected);
    await expect(message).toHaveValue(bad.message);
    await expect(sourceUrl).toHaveValue(bad.url);
  }
  expect(dialogs).toEqual([]);
  expect(serverErrors).toEqual([]);

  // Nothing of it was stored anywhere.
  expect(await tablesHolding(marker)).toEqual([]);
});

test("a report lands in the editors' queue only, and the editor resolves it", async ({
  reader: page,
  browser,
}) => {
  const run = uniqueSlug("report");
  const form = await openReportForm(page);
  await form.getByLabel("哪里有误", { exact: true }).fill(`Codestral 的许可证说明需要核实 ${run}`);
  await form.getByLabel("来源链接", { exact: true }).fill(`https://example.com/codestral-${run}`);
  await form.getByLabel("联系方式", { exact: true }).fill("reader@example.com");
  await form.getByRole("button", { name: "提交纠错" }).click();
  await expect(page.getByRole("status")).toContainText("已收到，谢谢");

  // Never public.
  for (const path of [ENTRY, "/changes"]) {
    await page.goto(path);
    await expect(page.getByRole("main"), path).not.toContainText(run);
  }
  await page.goto(`/search?q=${encodeURIComponent(run)}`);
  await expect(page.getByRole("main")).toContainText(`没有找到与“${run}”相关的内容`);

  const editor = await browser.newContext({ storageState: EDITOR.storageState });
  const queue = await editor.newPage();
  await queue.goto("/admin");
  await queue
    .getByRole("navigation", { name: "后台导航" })
    .getByRole("link", { name: /^读者纠错/ })
    .click();
  const report = queue.getByRole("listitem").filter({ hasText: run });
  await expect(report).toContainText("Codestral");
  await expect(report).toContainText("reader@example.com");
  await expect(report.getByRole("link", { name: `https://example.com/codestral-${run}` })).toHaveAttribute(
    "rel",
    "nofollow noopener noreferrer ugc",
  );
  await report.getByRole("button", { name: "标记为已处理" }).click();
  await expect(queue.getByRole("status")).toContainText("已更新");
  await expect(queue.getByRole("listitem").filter({ hasText: run })).toContainText("已处理");
  await editor.close();
});

test("a flood from one reader is stopped with a clear message", async ({ reader: page }) => {
  for (let n = 1; n <= 5; n += 1) {
    const form = await openReportForm(page);
    await form.getByLabel("哪里有误", { exact: true }).fill(`第 ${n} 条重复的纠错`);
    await form.getByLabel("来源链接", { exact: true }).fill("https://example.com/flood");
    await form.getByRole("button", { name: "提交纠错" }).click();
    await expect(page.getByRole("status")).toContainText("已收到，谢谢");
  }
  const form = await openReportForm(page);
  await form.getByLabel("哪里有误", { exact: true }).fill("第 6 条重复的纠错");
  await form.getByLabel("来源链接", { exact: true }).fill("https://example.com/flood");
  await form.getByRole("button", { name: "提交纠错" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("提交过于频繁：每小时最多 5 条");
  // Still there to send later.
  await expect(form.getByLabel("哪里有误", { exact: true })).toHaveValue("第 6 条重复的纠错");
});
