import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { describe, expect, it } from "vitest";
import { findSystemBrowser, SYSTEM_BROWSERS, launchOptionsFor } from "@/e2e/fixtures/system-browser";

describe("the browser for the journeys", () => {
  it("is Debian's headless shell, else Debian's Chromium, else Playwright's own", () => {
    const only =
      (...installed: string[]) =>
      (path: string) =>
        installed.includes(path);
    expect(findSystemBrowser(only(...SYSTEM_BROWSERS))).toBe("/usr/bin/chromium-headless-shell");
    expect(findSystemBrowser(only("/usr/bin/chromium"))).toBe("/usr/bin/chromium");
    expect(findSystemBrowser(only())).toBeUndefined();
    expect(launchOptionsFor(undefined)).toEqual({});
  });

  // Each Debian browser installed here (.ci/run installs both) renders a Chinese page with the
  // journeys' own launch options, as it would if it were the only one.
  const installed = SYSTEM_BROWSERS.filter((path) => existsSync(path));
  it("finds at least one browser installed on this machine", () => {
    expect(installed.length).toBeGreaterThan(0);
  });
  for (const path of installed) {
    it(`runs the journeys' page in ${path}`, async () => {
      const browser = await chromium.launch(launchOptionsFor(path));
      try {
        const page = await browser.newPage();
        await page.setContent(
          '<html lang="zh-CN"><title>Mistral AI 追踪</title><button onclick="this.textContent=\'已点击\'">订阅</button></html>',
        );
        await page.getByRole("button", { name: "订阅" }).click();
        await expect(page.getByRole("button").textContent()).resolves.toBe("已点击");
        expect(await page.title()).toBe("Mistral AI 追踪");
      } finally {
        await browser.close();
      }
    });
  }
});
