// Run by `npm test` before anything else: the journeys need a browser, and without one they
// would fail only after minutes of other suites. Launches the browser the journeys will use
// (e2e/fixtures/system-browser.ts); when none starts, says in one line what to install.
import { chromium } from "@playwright/test";
import { INSTALL_HINT, systemBrowserLaunchOptions } from "../e2e/fixtures/system-browser";

const options = systemBrowserLaunchOptions();
try {
  const browser = await chromium.launch(options);
  console.log(
    `Browser for the journeys: ${options.executablePath ?? "Playwright's own"} ${browser.version()}`,
  );
  await browser.close();
} catch {
  console.error(INSTALL_HINT);
  process.exit(1);
}
