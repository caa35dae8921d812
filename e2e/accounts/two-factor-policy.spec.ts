// Owners require two-factor sign-in: a user without it is sent to set it up before any other
// admin page. The policy is site-wide and would send the shared accounts there too, so this
// journey runs in a project of its own after every other journey (playwright.config.ts), and
// turns the policy off again however it ends.
import { generateSync } from "otplib";
import { expect, test } from "../fixtures/test";
import { createUserAsOwner, dedicatedUser, logIn, openBrowser, OWNER } from "../fixtures/auth";
import { actionIdOf, actionOutcome, postAction } from "../fixtures/server-actions";

test.use({ storageState: OWNER.storageState });

test("with 2FA required, a user without it is sent to set it up first", async ({
  page,
  browser,
  baseURL,
}) => {
  // The owner who turns the policy on needs 2FA themselves to keep using the admin: an owner
  // of the journey's own, not the shared one.
  const owner = dedicatedUser("policy-owner", "OWNER");
  const editor = dedicatedUser("policy-editor");
  await createUserAsOwner(page, owner);
  await createUserAsOwner(page, editor);
  const ownerPage = await openBrowser(browser, baseURL, "198.51.100.70");
  await logIn(ownerPage, owner);
  await ownerPage.goto("/admin/two-factor");
  const secret = (await ownerPage.getByTestId("totp-secret").innerText()).trim();
  const setup = ownerPage.getByRole("form", { name: "开启两步验证" });
  await setup.getByLabel("验证码").fill(generateSync({ secret }));
  await setup.getByRole("button", { name: "确认并开启" }).click();
  await expect(ownerPage.getByRole("list", { name: "恢复码" })).toBeVisible();

  const policy = () => ownerPage.getByRole("region", { name: "两步验证要求" });
  try {
    await ownerPage.goto("/admin/users");
    await policy().getByRole("button", { name: "要求所有用户开启两步验证" }).click();
    await expect(policy().getByRole("status")).toHaveText("已要求所有用户开启两步验证。");

    const theirs = await openBrowser(browser, baseURL, "198.51.100.71");
    await theirs.goto("/admin/login");
    await theirs.getByLabel("邮箱").fill(editor.email);
    await theirs.getByLabel("密码", { exact: true }).fill(editor.password);
    await theirs.getByRole("button", { name: "登录" }).click();
    await theirs.waitForURL(/\/admin\/two-factor\?required=1$/);
    await expect(theirs.getByText("网站要求所有编辑开启两步验证")).toBeVisible();
    for (const path of ["/admin", "/admin/models", "/admin/account"]) {
      await theirs.goto(path);
      await expect(theirs).toHaveURL(/\/admin\/two-factor\?required=1$/);
    }
    // Nor can they act through a form they kept open, or a request of their own.
    const saved = await actionOutcome(
      await postAction(
        theirs.context().request,
        actionIdOf("app/admin/_actions/entries.ts", "saveEntryAction"),
        {
          fields: { _kind: "events", title: "绕过两步验证" },
          path: "/admin/events/new",
        },
      ),
    );
    expect(saved.code).toBe("FORBIDDEN");
    expect(saved.message).toContain("网站要求所有编辑开启两步验证");
    // Once set up, the admin is open.
    const theirSecret = (await theirs.getByTestId("totp-secret").innerText()).trim();
    const form = theirs.getByRole("form", { name: "开启两步验证" });
    await form.getByLabel("验证码").fill(generateSync({ secret: theirSecret }));
    await form.getByRole("button", { name: "确认并开启" }).click();
    await expect(theirs.getByRole("list", { name: "恢复码" })).toBeVisible();
    await theirs.goto("/admin/models");
    await expect(theirs).toHaveURL(/\/admin\/models$/);
  } finally {
    await ownerPage.goto("/admin/users");
    await policy().getByRole("button", { name: "不再要求" }).click();
    await expect(policy().getByRole("status")).toHaveText("已不再要求开启两步验证。");
  }
});
