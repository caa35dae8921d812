// @ts-check
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashedScriptPolicy } from "../../http/script-policy.mjs";
import { databaseOutageNow, RETRY_AFTER_SECONDS } from "./outage-state.mjs";

// The page readers get while the database is out of reach (outage-page.ts). The app installs it
// at startup (instrumentation.ts); it lives on globalThis for the same reason as the outage state
// (outage-state.mjs).
const PAGE = Symbol.for("mistral-tracker.outage-page");

/**
 * Keeps the page with its script policy, worked out once here rather than on every answer.
 * @param {string} html
 */
export function installOutagePage(html) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[PAGE] = {
    html,
    scriptPolicy: hashedScriptPolicy(html),
  };
}

/** @returns {{ html: string; scriptPolicy: string } | undefined} */
function outagePage() {
  return /** @type {Record<symbol, any>} */ (globalThis)[PAGE];
}

/**
 * Paths of the pages prerendered at build time (`/about`, the 404 page): they read no data, so
 * they are rendered as usual during an outage.
 * @param {string} serverDistDir
 * @returns {Set<string>}
 */
export function staticPagePaths(serverDistDir) {
  try {
    const manifest = JSON.parse(
      readFileSync(path.join(serverDistDir, "..", "prerender-manifest.json"), "utf8"),
    );
    return new Set(
      Object.entries(manifest.routes ?? {})
        .filter(([, route]) => route?.initialRevalidateSeconds === false)
        .map(([pathname]) => pathname),
    );
  } catch {
    return new Set();
  }
}

/** The page path a response cache key names: Next.js writes it last, after `/$`. */
function pagePathOf(key) {
  const at = key.lastIndexOf("/$");
  return at === -1 ? key : key.slice(at + 2);
}

/**
 * What to answer for a page that has no cached render while the database is out of reach: its
 * render would only fail (a 500 drawn by the browser, blank without JavaScript, after waiting on
 * the database), so it is served, as if cached, the outage page with 503 and Retry-After. Whether
 * the database answers is asked first, unless an outage is known already: one short query before
 * a render that makes several. An RSC request (a client-side navigation) gets the 503 with no
 * payload, and the browser loads the page in full instead. Null otherwise: the page is rendered
 * as usual.
 * @param {string} key
 * @param {{ kind?: string } | undefined} ctx
 * @param {Set<string>} staticPaths
 */
export async function outageStandIn(key, ctx, staticPaths) {
  if (ctx?.kind !== "APP_PAGE") return null;
  const page = outagePage();
  if (page === undefined || staticPaths.has(pagePathOf(key))) return null;
  if (!(await databaseOutageNow())) return null;
  return {
    lastModified: Date.now(),
    value: {
      kind: "APP_PAGE",
      html: page.html,
      rscData: Buffer.alloc(0),
      headers: {
        "retry-after": String(RETRY_AFTER_SECONDS),
        "content-security-policy": page.scriptPolicy,
      },
      status: 503,
      postponed: undefined,
      segmentData: undefined,
    },
  };
}
