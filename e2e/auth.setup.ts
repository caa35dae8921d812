// The "set up the first user" journey, which also leaves the shared accounts behind for every
// other journey: the first owner made through /admin/setup, then an editor made by that owner
// through /admin/users, each with a saved signed-in session (e2e/fixtures/auth.ts).
import { expect, test as setup } from "./fixtures/test";
import { createUserAsOwner, EDITOR, logIn, OWNER } from "./fixtures/auth";

setup.describe.configure({ mode: "serial" });

setup("the first visitor sets up the owner account, and setup is then gone", async ({ page }) => {
  // With no account at all, the login page sends the visitor to setup.
  await page.goto("/admin/login");
  await expect(page).toHaveURL(/\/admin\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "创建第一个账号" })).toBeVisible();

  // Mistakes are explained beside their fields; what was typed (but no password) is kept.
  const form = page.getByRole("form", { name: "创建第一个账号" });
  await form.getByLabel("姓名").fill(OWNER.name);
  await form.getByLabel("邮箱").fill(OWNER.email);
  await form.getByLabel("密码", { exact: true }).fill("too-short");
  await form.getByLabel("确认密码").fill("something-else");
  await form.getByRole("button", { name: "创建所有者账号" }).click();
  await expect(form.getByRole("alert")).toContainText("请修正标出的字段");
  await expect(form.getByLabel("密码", { exact: true })).toHaveAccessibleDescription(
    /^密码至少需要 12 个字符.*至少 12 个字符/,
  );
  await expect(form.getByLabel("确认密码")).toHaveAccessibleDescription("两次输入的密码不一致");
  await expect(form.getByLabel("姓名")).toHaveValue(OWNER.name);
  await expect(form.getByLabel("邮箱")).toHaveValue(OWNER.email);

  await form.getByLabel("密码", { exact: true }).fill(OWNER.password);
  await form.getByLabel("确认密码").fill(OWNER.password);
  await form.getByRole("button", { name: "创建所有者账号" }).click();
  await page.waitForURL((url) => url.pathname === "/admin");
  await expect(page.getByRole("banner")).toContainText(`${OWNER.name}（所有者）`);
  await page.context().storageState({ path: OWNER.storageState });

  // Setup exists only while there is no user.
  const response = await page.goto("/admin/setup");
  expect(response?.status()).toBe(404);

  await createUserAsOwner(page, { ...EDITOR, role: "EDITOR" });
});

setup("the editor made by the owner signs in", async ({ page }) => {
  await logIn(page, EDITOR);
  await expect(page.getByRole("banner")).toContainText(`${EDITOR.name}（编辑）`);
  await page.context().storageState({ path: EDITOR.storageState });
});
