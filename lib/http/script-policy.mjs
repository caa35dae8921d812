// @ts-check
// Which scripts a page may run: the site's own files, and exactly the inline scripts its render
// holds. Plain JavaScript with no imports of the app: the cache handler (loaded by Next.js
// outside the bundle) and the proxy both use it.
import { createHash } from "node:crypto";

/**
 * An inline script as React and Next.js write one: a `<script>` with no `src`, its text up to
 * the first `</script>`. (Both escape `</script` inside a script's text, so that is its end.)
 */
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The CSP sources for each inline script of a document, as `'sha256-…'`, in order, once each.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, text] of html.matchAll(INLINE_SCRIPT)) {
    if (text) hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy for a render that is kept and served again (a cached page): its own inline scripts
 * by hash. Sent beside the policy every response carries (lib/http/security-headers.ts); a
 * browser enforces both.
 * @param {string} html
 */
export function hashedScriptPolicy(html) {
  return ["script-src 'self'", ...inlineScriptHashes(html)].join(" ");
}

/**
 * The policy for a page rendered for one request (the admin, the change log): Next.js reads the
 * nonce from the request's policy and writes it on each script it renders.
 * @param {string} nonce
 */
export function nonceScriptPolicy(nonce) {
  return `script-src 'self' 'nonce-${nonce}'`;
}
