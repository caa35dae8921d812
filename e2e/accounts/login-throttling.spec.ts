// Five wrong passwords for one account from one address pause its sign-in there for 15
// minutes; the same account from another address is not affected.
import { expect, test } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, logIn, openBrowser, OWNER, submitAndWait } from "../fixtures/auth";

test.use({ storageState: OWNER.storageState });

test("the sixth attempt is refused, even with the right password, and says to wait 15 minutes", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = dedicatedUser("throttled");
  await createUserAsOwner(page, user);

  const attacker = await openBrowser(browser, baseURL, "203.0.113.50");
  await attacker.goto("/admin/login");
  const form = attacker.getByRole("form", { name: "登录编辑后台" });
  const attempt = async (password: string) => {
    await form.getByLabel("邮箱").fill(user.email);
    await form.getByLabel("密码", { exact: true }).fill(password);
    await submitAndWait(form.getByRole("button", { name: "登录" }));
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(`wrong guess ${i}`);
    await expect(form.getByRole("alert")).toHaveText("邮箱或密码不正确");
  }
  await attempt(user.password);
  await expect(form.getByRole("alert")).toContainText("请等待 15 分钟后再试");
  await expect(form.getByLabel("邮箱")).toHaveValue(user.email);
  await expect(attacker).toHaveURL(/\/admin\/login$/);

  // The user, elsewhere, still gets in.
  const elsewhere = await openBrowser(browser, baseURL, "203.0.113.51");
  await logIn(elsewhere, user);

  // The owner sees the refusal in the audit log, with the address.
  await page.goto("/admin/audit?action=LOGIN_THROTTLED");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("登录被限制");
  await expect(row).toContainText("203.0.113.50");
});

test("an attack on an account never locks its owner out of the browser they sign in with", async ({
  page,
  browser,
  baseURL,
}) => {
  const user = dedicatedUser("under-attack");
  await createUserAsOwner(page, user);
  // Both behind one address (a shared network, or a forged X-Forwarded-For with no proxy to trust).
  const address = "203.0.113.60";
  const own = await openBrowser(browser, baseURL, address);
  await logIn(own, user);
  await own.getByRole("button", { name: "退出登录" }).click();
  await own.waitForURL(/\/admin\/login$/);

  const attacker = await openBrowser(browser, baseURL, address);
  await attacker.goto("/admin/login");
  const form = attacker.getByRole("form", { name: "登录编辑后台" });
  for (const password of ["guess 1", "guess 2", "guess 3", "guess 4", "guess 5", user.password]) {
    await form.getByLabel("邮箱").fill(user.email);
    await form.getByLabel("密码", { exact: true }).fill(password);
    await submitAndWait(form.getByRole("button", { name: "登录" }));
  }
  await expect(form.getByRole("alert")).toContainText("请等待 15 分钟后再试");

  // The owner's own browser, which signed in before, still gets in.
  await logIn(own, user);
  await expect(own.getByRole("banner")).toContainText(user.name);
});
