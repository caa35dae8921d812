// Signing in and out, the login form's answers, and the session cookie's attributes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures/test";
import {
  createUserAsOwner,
  dedicatedUser,
  EDITOR,
  logIn,
  openBrowser,
  OWNER,
  submitAndWait,
} from "../fixtures/auth";
import { actionIdOf, postAction } from "../fixtures/server-actions";

test.describe("a user of their own", () => {
  test.use({ storageState: OWNER.storageState });

  test("signs in, is sent on from the login page, signs out, and the admin is closed again", async ({
    page,
    browser,
    baseURL,
  }) => {
    const user = dedicatedUser("sign-out");
    await createUserAsOwner(page, user);

    const own = await openBrowser(browser, baseURL);
    await logIn(own, user);
    await expect(own.getByRole("banner")).toContainText(`${user.name}（编辑）`);
    await own.goto("/admin/login");
    await expect(own).toHaveURL(/\/admin$/);

    await own.getByRole("button", { name: "退出登录" }).click();
    await own.waitForURL(/\/admin\/login$/);
    await own.goto("/admin");
    await expect(own).toHaveURL(/\/admin\/login$/);
  });
});

test.describe("next-auth's own routes", () => {
  test.use({ storageState: OWNER.storageState });

  test("its sign-out ends the session for good, and its error page and unknown paths are no server errors", async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    const user = dedicatedUser("auth-route-sign-out");
    await createUserAsOwner(page, user);
    const own = await openBrowser(browser, baseURL);
    await logIn(own, user);
    const signedIn = await own.context().cookies();

    const api = own.context().request;
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const out = await api.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    expect(out.status()).toBeLessThan(400);

    // The cookie as it was before signing out, replayed elsewhere, opens nothing.
    const replay = await openBrowser(browser, baseURL);
    await replay.context().addCookies(signedIn);
    await replay.goto("/admin");
    await expect(replay).toHaveURL(/\/admin\/login$/);

    for (const path of ["/api/auth/error?error=Configuration", "/api/auth/no-such-action"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
    }
  });
});

test.describe("the login form", () => {
  test("answers a wrong password and an unknown address alike, and keeps the email", async ({
    browser,
    baseURL,
  }) => {
    const page = await openBrowser(browser, baseURL, "198.51.100.20");
    await page.goto("/admin/login");
    const form = page.getByRole("form", { name: "登录编辑后台" });
    for (const email of [EDITOR.email, "nobody@e2e.example.com"]) {
      await form.getByLabel("邮箱").fill(email);
      await form.getByLabel("密码", { exact: true }).fill("not the password");
      await submitAndWait(form.getByRole("button", { name: "登录" }));
      await expect(form.getByRole("alert")).toHaveText("邮箱或密码不正确");
      await expect(form.getByLabel("邮箱")).toHaveValue(email);
      await expect(form.getByLabel("密码", { exact: true })).toHaveValue("");
    }
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test("explains empty fields beside them", async ({ page }) => {
    await page.goto("/admin/login");
    const form = page.getByRole("form", { name: "登录编辑后台" });
    await submitAndWait(form.getByRole("button", { name: "登录" }));
    await expect(form.getByRole("alert")).toContainText("请修正标出的字段");
    await expect(form.getByLabel("邮箱")).toHaveAccessibleDescription("请输入有效的邮箱地址");
    await expect(form.getByLabel("密码", { exact: true })).toHaveAccessibleDescription("请输入密码");
    await expect(form.getByLabel("邮箱")).toHaveAttribute("aria-invalid", "true");

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe("the session cookie", () => {
  test.use({ storageState: OWNER.storageState });

  test("is HttpOnly and SameSite=Lax, and Secure with the __Secure- prefix behind HTTPS", async ({
    page,
    browser,
    baseURL,
    playwright,
  }) => {
    const user = dedicatedUser("cookie");
    await createUserAsOwner(page, user);

    const own = await openBrowser(browser, baseURL);
    await logIn(own, user);
    const session = (await own.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

    // Behind a TLS-terminating proxy (X-Forwarded-Proto: https) the same sign-in sets a Secure cookie.
    const api = await playwright.request.newContext({ baseURL });
    const response = await postAction(api, actionIdOf("app/admin/_actions/session.ts", "logInAction"), {
      fields: { email: user.email, password: user.password },
      headers: { "x-forwarded-proto": "https" },
    });
    const setCookies = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
    const secure = setCookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
    expect(secure, setCookies.join("\n")).toBeDefined();
    expect(secure).toMatch(/;\s*Secure/i);
    expect(secure).toMatch(/;\s*HttpOnly/i);
    expect(secure).toMatch(/;\s*SameSite=Lax/i);
    await api.dispose();
  });
});
