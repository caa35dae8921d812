// Sums the gzip size of the JavaScript a page loads in the browser, as served by a running site.
// Usage: node scripts/measure-page-js.mjs [url]   (default http://127.0.0.1:3000/)
import { gzipSync } from "node:zlib";

const pageUrl = new URL(process.argv[2] ?? "http://127.0.0.1:3000/");
const html = await (await fetch(pageUrl)).text();
const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];

let raw = 0;
let gzip = 0;
for (const src of scripts) {
  const body = Buffer.from(await (await fetch(new URL(src, pageUrl))).arrayBuffer());
  raw += body.length;
  gzip += gzipSync(body, { level: 9 }).length;
}
console.log(
  `${pageUrl.href}: ${scripts.length} scripts, ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip`,
);
