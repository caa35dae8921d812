// Two-factor sign-in of a user of their own: setting it up with a code from the secret on the
// page, signing in with a code, a wrong code refused, a recovery code working once, and an
// owner's reset. The codes come from otplib, as an authenticator app would make them.
import { generateSync } from "otplib";
import { expect, test, type Page } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, logIn, openBrowser, OWNER, submitAndWait } from "../fixtures/auth";

test.use({ storageState: OWNER.storageState });

/** The login form up to its second step: email and the right password. */
async function passwordStep(page: Page, user: { email: string; password: string }) {
  await page.goto("/admin/login");
  const form = page.getByRole("form", { name: "登录编辑后台" });
  await form.getByLabel("邮箱").fill(user.email);
  await form.getByLabel("密码", { exact: true }).fill(user.password);
  await submitAndWait(form.getByRole("button", { name: "登录" }));
  await expect(form.getByRole("status")).toContainText("密码正确");
  // The password is nowhere in the page of the second step.
  expect(await page.content()).not.toContain(user.password);
  return form;
}

test("set up with a code, sign in with a code, a wrong code and a used recovery code refused, reset by an owner", async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const user = dedicatedUser("two-factor");
  await createUserAsOwner(page, user);
  const own = await openBrowser(browser, baseURL, "198.51.100.60");
  await logIn(own, user);

  // Setting it up: the secret as text and in an otpauth:// URI, confirmed with a code.
  await own.goto("/admin/account");
  await own.getByRole("link", { name: "开启两步验证" }).click();
  await expect(own.getByRole("heading", { level: 1, name: "开启两步验证" })).toBeVisible();
  const secret = (await own.getByTestId("totp-secret").innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(own.getByText(/^otpauth:\/\/totp\//)).toContainText(`secret=${secret}`);
  await expect(own.getByRole("img", { name: /两步验证二维码/ })).toBeVisible();
  const setup = own.getByRole("form", { name: "开启两步验证" });
  await setup.getByLabel("验证码").fill("000000" === generateSync({ secret }) ? "111111" : "000000");
  await submitAndWait(setup.getByRole("button", { name: "确认并开启" }));
  await expect(setup.getByLabel("验证码")).toHaveAccessibleDescription(/验证码不正确/);
  await setup.getByLabel("验证码").fill(generateSync({ secret }));
  await setup.getByRole("button", { name: "确认并开启" }).click();
  const codes = own.getByRole("list", { name: "恢复码" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recovery = await codes.allInnerTexts();
  // Shown once: the page now says it is on, with no codes or secret.
  await own.goto("/admin/two-factor");
  await expect(own.getByText("两步验证已开启。")).toBeVisible();
  await expect(own.getByText(recovery[0])).toHaveCount(0);
  await expect(own.getByTestId("totp-secret")).toHaveCount(0);

  // Signing in: the password alone is not enough; a wrong code is refused; the right one opens.
  const laptop = await openBrowser(browser, baseURL, "198.51.100.61");
  let form = await passwordStep(laptop, user);
  await laptop.goto("/admin");
  await expect(laptop).toHaveURL(/\/admin\/login$/);
  form = await passwordStep(laptop, user);
  const right = generateSync({ secret });
  await form.getByLabel("验证码").fill(right === "123456" ? "654321" : "123456");
  await submitAndWait(form.getByRole("button", { name: "登录" }));
  await expect(form.getByLabel("验证码")).toHaveAccessibleDescription(/验证码不正确/);
  await form.getByLabel("验证码").fill(generateSync({ secret }));
  await form.getByRole("button", { name: "登录" }).click();
  await laptop.waitForURL((url) => url.pathname === "/admin");

  // A recovery code works once in place of a code, then never again.
  const phone = await openBrowser(browser, baseURL, "198.51.100.62");
  form = await passwordStep(phone, user);
  await form.getByLabel("验证码").fill(recovery[0]);
  await form.getByRole("button", { name: "登录" }).click();
  await phone.waitForURL((url) => url.pathname === "/admin");
  const tablet = await openBrowser(browser, baseURL, "198.51.100.63");
  form = await passwordStep(tablet, user);
  await form.getByLabel("验证码").fill(recovery[0]);
  await submitAndWait(form.getByRole("button", { name: "登录" }));
  await expect(form.getByLabel("验证码")).toHaveAccessibleDescription(/验证码不正确/);
  await expect(tablet).toHaveURL(/\/admin\/login$/);

  // The owner reads what happened, then resets it: every session of the user ends, and the
  // password alone signs in again.
  await page.goto("/admin/audit?action=RECOVERY_CODE_USED");
  await expect(page.getByRole("main")).toContainText(user.email);
  await page.goto("/admin/audit?action=LOGIN_FAILED");
  await expect(page.getByRole("row").filter({ hasText: user.email }).first()).toContainText(
    "两步验证码不正确",
  );
  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row).toContainText("已开启两步验证");
  await row.getByRole("button", { name: "重置两步验证" }).click();
  await expect(row.getByRole("status")).toHaveText(`已重置 ${user.email} 的两步验证，其登录已全部失效。`);
  await laptop.goto("/admin");
  await expect(laptop).toHaveURL(/\/admin\/login$/);
  await logIn(tablet, user);
});

test("turning it off takes the password and a code", async ({ page, browser, baseURL }) => {
  const user = dedicatedUser("two-factor-off");
  await createUserAsOwner(page, user);
  const own = await openBrowser(browser, baseURL, "198.51.100.64");
  await logIn(own, user);
  await own.goto("/admin/two-factor");
  const secret = (await own.getByTestId("totp-secret").innerText()).trim();
  const setup = own.getByRole("form", { name: "开启两步验证" });
  await setup.getByLabel("验证码").fill(generateSync({ secret }));
  await setup.getByRole("button", { name: "确认并开启" }).click();
  await expect(own.getByRole("list", { name: "恢复码" }).getByRole("listitem")).toHaveCount(10);

  await own.goto("/admin/account");
  const off = own.getByRole("form", { name: "关闭两步验证" });
  await off.getByLabel("当前密码").fill("not my password");
  await off.getByLabel("验证码").fill(generateSync({ secret }));
  await submitAndWait(off.getByRole("button", { name: "关闭两步验证" }));
  await expect(off.getByLabel("当前密码")).toHaveAccessibleDescription("当前密码不正确");
  await off.getByLabel("当前密码").fill(user.password);
  await off.getByLabel("验证码").fill(generateSync({ secret }));
  await off.getByRole("button", { name: "关闭两步验证" }).click();
  await expect(own.getByRole("main").getByRole("status")).toHaveText("两步验证已关闭。");
  await expect(own.getByRole("link", { name: "开启两步验证" })).toBeVisible();

  const other = await openBrowser(browser, baseURL, "198.51.100.65");
  await logIn(other, user);
});
