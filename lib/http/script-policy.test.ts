import { describe, expect, it } from "vitest";
import { hashedScriptPolicy, inlineScriptHashes, nonceScriptPolicy } from "./script-policy.mjs";

// Digests as `openssl dgst -sha256 -binary | base64` gives them for the scripts' text.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const FLIGHT = "'sha256-vE41tXuWoSjSLemjbCNWJMQIsr1rxRU6VJpqWU+TDLc='";

describe("inlineScriptHashes", () => {
  it("hashes each inline script's text exactly as it stands between its tags", () => {
    const html =
      `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head>` +
      `<body><script>alert(1)</script><script id="_R_">self.__next_f.push([1,"a\\u003c/script"])</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([ALERT, FLIGHT]);
  });

  it("leaves out scripts loaded from a file, empty ones, and repeats", () => {
    const html = `<script src="/a.js"></script><script></script><script>alert(1)</script><script>alert(1)</script>`;
    expect(inlineScriptHashes(html)).toEqual([ALERT]);
  });

  it("finds nothing in a document without inline scripts", () => {
    expect(inlineScriptHashes("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).toEqual([]);
  });
});

describe("the policies", () => {
  it("allow the site's own files and a render's own inline scripts, never any inline script", () => {
    expect(hashedScriptPolicy("<script>alert(1)</script>")).toBe(`script-src 'self' ${ALERT}`);
    expect(hashedScriptPolicy("<p>no scripts</p>")).toBe("script-src 'self'");
    expect(nonceScriptPolicy("bm9uY2U=")).toBe("script-src 'self' 'nonce-bm9uY2U='");
  });
});
