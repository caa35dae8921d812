// A password change ends every other session of the user; this browser stays signed in.
import { expect, test } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, logIn, openBrowser, OWNER, submitAndWait } from "../fixtures/auth";

test.use({ storageState: OWNER.storageState });

test("changing one's own password ends the other sessions and keeps this one", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = dedicatedUser("own-password");
  await createUserAsOwner(page, user);
  const laptop = await openBrowser(browser, baseURL, "198.51.100.40");
  const phone = await openBrowser(browser, baseURL, "198.51.100.41");
  await logIn(laptop, user);
  await logIn(phone, user);

  await laptop.getByRole("link", { name: "修改密码" }).click();
  await expect(laptop.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  const form = laptop.getByRole("form", { name: "修改密码" });
  const newPassword = `${user.password}-new`;

  await form.getByLabel("当前密码").fill("not my password");
  await form.getByLabel("新密码", { exact: true }).fill(newPassword);
  await form.getByLabel("确认新密码").fill(newPassword);
  await submitAndWait(form.getByRole("button", { name: "修改密码" }));
  await expect(form.getByLabel("当前密码")).toHaveAccessibleDescription("当前密码不正确");

  // A password attackers try first, or the current one again, is no new password.
  for (const [guessable, problem] of [
    ["aaaaaaaaaaaa", "这个密码太常见或太有规律，很容易被猜到，请换一个（例如几个不相关的词连在一起）"],
    ["password2024!", "这个密码太常见或太有规律，很容易被猜到，请换一个（例如几个不相关的词连在一起）"],
    [user.password, "新密码不能与当前密码相同"],
  ]) {
    await form.getByLabel("当前密码").fill(user.password);
    await form.getByLabel("新密码", { exact: true }).fill(guessable);
    await form.getByLabel("确认新密码").fill(guessable);
    await submitAndWait(form.getByRole("button", { name: "修改密码" }));
    await expect(form.getByLabel("新密码", { exact: true })).toHaveAccessibleDescription(new RegExp(problem));
  }

  await form.getByLabel("当前密码").fill(user.password);
  await form.getByLabel("新密码", { exact: true }).fill(newPassword);
  await form.getByLabel("确认新密码").fill(`${newPassword}-typo`);
  await submitAndWait(form.getByRole("button", { name: "修改密码" }));
  await expect(form.getByLabel("确认新密码")).toHaveAccessibleDescription("两次输入的密码不一致");

  await form.getByLabel("当前密码").fill(user.password);
  await form.getByLabel("新密码", { exact: true }).fill(newPassword);
  await form.getByLabel("确认新密码").fill(newPassword);
  await submitAndWait(form.getByRole("button", { name: "修改密码" }));
  await expect(laptop.getByRole("main").getByRole("status")).toHaveText(
    "密码已修改，其他设备上的登录已全部退出。",
  );

  // This browser is still in; the other is out, and only the new password works.
  await laptop.goto("/admin");
  await expect(laptop).toHaveURL(/\/admin$/);
  await phone.goto("/admin");
  await expect(phone).toHaveURL(/\/admin\/login$/);
  const login = phone.getByRole("form", { name: "登录编辑后台" });
  await login.getByLabel("邮箱").fill(user.email);
  await login.getByLabel("密码", { exact: true }).fill(user.password);
  await submitAndWait(login.getByRole("button", { name: "登录" }));
  await expect(login.getByRole("alert")).toHaveText("邮箱或密码不正确");
  await logIn(phone, { email: user.email, password: newPassword });
});

test("an owner's reset of a user's password ends that user's sessions", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = dedicatedUser("reset");
  await createUserAsOwner(page, user);
  const theirs = await openBrowser(browser, baseURL);
  await logIn(theirs, user);

  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await row.getByText("重置密码").click();
  await row.getByLabel(`${user.name} 的新密码`).fill("short");
  await row.getByRole("button", { name: "确认重置" }).click();
  await expect(row.getByLabel(`${user.name} 的新密码`)).toHaveAccessibleDescription("密码至少需要 12 个字符");
  await row.getByLabel(`${user.name} 的新密码`).fill("a-reset-password-123");
  await row.getByRole("button", { name: "确认重置" }).click();
  await expect(row.getByRole("status")).toHaveText(`已重置 ${user.email} 的密码，其登录已全部失效。`);

  await theirs.goto("/admin");
  await expect(theirs).toHaveURL(/\/admin\/login$/);
  await logIn(theirs, { email: user.email, password: "a-reset-password-123" });
});
