// Disabling a user ends their session at once: the very next request is refused.
import { expect, test } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, logIn, openBrowser, OWNER, submitAndWait } from "../fixtures/auth";

test.use({ storageState: OWNER.storageState });

test("a disabled user's session stops working on its next request, and they cannot sign in", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = dedicatedUser("disabled");
  await createUserAsOwner(page, user);
  const theirs = await openBrowser(browser, baseURL, "198.51.100.30");
  await logIn(theirs, user);

  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByRole("status")).toHaveText(`已停用 ${user.email}，其登录已全部失效。`);
  await expect(row.getByRole("cell", { name: "已停用" })).toBeVisible();

  await theirs.goto("/admin");
  await expect(theirs).toHaveURL(/\/admin\/login$/);
  const form = theirs.getByRole("form", { name: "登录编辑后台" });
  await form.getByLabel("邮箱").fill(user.email);
  await form.getByLabel("密码", { exact: true }).fill(user.password);
  await submitAndWait(form.getByRole("button", { name: "登录" }));
  await expect(form.getByRole("alert")).toHaveText("邮箱或密码不正确");

  // Enabled again, they sign in anew.
  await row.getByRole("button", { name: "启用" }).click();
  await expect(row.getByRole("status")).toHaveText(`已启用 ${user.email}。`);
  await logIn(theirs, user);
});
