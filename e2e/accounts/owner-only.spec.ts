// Users and the audit log are the owner's: an editor is turned away from them.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, EDITOR, OWNER } from "../fixtures/auth";

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const found = results.violations.map((v) => ({
    rule: v.id,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(found, JSON.stringify(found, null, 2)).toEqual([]);
}

test.describe("an editor", () => {
  test.use({ storageState: EDITOR.storageState });

  test("is turned away from the users and audit pages, and is not shown them", async ({ page }) => {
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "后台导航" });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole("link", { name: "用户" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "审计日志" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/audit", "/admin/audit?action=USER_CREATED&page=2"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/admin\?forbidden=1$/);
    }
    // Their own password is theirs to change.
    await page.goto("/admin/account");
    await expect(page.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  });
});

test.describe("the owner", () => {
  test.use({ storageState: OWNER.storageState });

  test("lists the users, makes an editor an owner, and cannot act on their own account", async ({ page }) => {
    const user = dedicatedUser("promoted");
    await createUserAsOwner(page, user);

    const table = page.getByRole("table", { name: "全部用户" });
    const me = table.getByRole("row").filter({ hasText: OWNER.email });
    await expect(me.getByRole("rowheader")).toHaveText(`${OWNER.name}（你）`);
    await expect(me.getByRole("button")).toHaveCount(0);
    await expect(table.getByRole("row").filter({ hasText: EDITOR.email })).toContainText("编辑");

    const row = table.getByRole("row").filter({ hasText: user.email });
    await expect(row).toContainText("已启用");
    await row.getByLabel(`${user.name} 的角色`).selectOption("OWNER");
    await row.getByRole("button", { name: "更改角色" }).click();
    await expect(row.getByRole("status")).toHaveText(
      `已将 ${user.email} 的角色改为所有者，其登录已全部失效。`,
    );
    await expect(row.getByRole("cell", { name: "所有者", exact: true })).toBeVisible();

    // A taken email is refused beside the field, with the rest of the input kept.
    const form = page.getByRole("form", { name: "新建用户" });
    await form.getByLabel("姓名").fill("重复的人");
    await form.getByLabel("邮箱").fill(EDITOR.email);
    await form.getByLabel("初始密码").fill("some-long-password");
    await form.getByRole("button", { name: "创建用户" }).click();
    await expect(form.getByLabel("邮箱")).toHaveAccessibleDescription("该邮箱已被使用");
    await expect(form.getByLabel("姓名")).toHaveValue("重复的人");

    await expectNoAxeViolations(page);
  });

  test("reads the audit log, newest first, filtered by action", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
    const table = page.getByRole("table", { name: "审计记录" });
    await expect(table.getByRole("columnheader")).toHaveText([
      "时间",
      "操作类型",
      "邮箱",
      "IP",
      "操作人",
      "详情",
    ]);

    await page.getByLabel("操作类型").selectOption({ label: "创建用户" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/action=USER_CREATED/);
    const rows = table.getByRole("row").filter({ has: page.getByRole("cell") });
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.allInnerTexts()) expect(text).toContain("创建用户");
    // The first owner made themselves at setup; the owner made the editor.
    await expect(rows.filter({ hasText: "初始化创建的第一个所有者" })).toContainText(OWNER.email);
    await expect(rows.filter({ hasText: EDITOR.email })).toContainText(OWNER.email);

    // Newest first.
    const times = await table
      .locator("tbody time")
      .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(times).toEqual([...times].sort().reverse());

    await expectNoAxeViolations(page);
  });
});
