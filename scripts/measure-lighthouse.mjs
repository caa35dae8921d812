// Lighthouse (mobile, its default) on the reader pages issue 16 names, as served by a running
// site. Usage: node scripts/measure-lighthouse.mjs [origin]   (default http://127.0.0.1:3000)
// Runs Lighthouse 12.8.2 (the last that runs on Node 20) through npx with Debian's Chromium, three
// times per page, and prints each category's median score and the median LCP and TBT.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const LIGHTHOUSE = "lighthouse@12.8.2";
const PAGES = ["/", "/models", "/funding", "/timeline"];
const RUNS = 3;
const CHROME = "/usr/bin/chromium";

const origin = process.argv[2] ?? "http://127.0.0.1:3000";
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));

console.log(`| page | performance | accessibility | best practices | SEO | LCP s | TBT ms |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`);
try {
  for (const page of PAGES) {
    const reports = [];
    for (let run = 0; run < RUNS; run++) {
      const output = path.join(dir, `report-${run}.json`);
      execFileSync(
        "npx",
        [
          "--yes",
          LIGHTHOUSE,
          `${origin}${page}`,
          "--quiet",
          "--output=json",
          `--output-path=${output}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] },
      );
      reports.push(JSON.parse(readFileSync(output, "utf8")));
    }
    const score = (id) => Math.round(median(reports.map((r) => r.categories[id].score)) * 100);
    const metric = (id) => median(reports.map((r) => r.audits[id].numericValue));
    console.log(
      `| \`${page}\` | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${(metric("largest-contentful-paint") / 1000).toFixed(1)} | ${Math.round(metric("total-blocking-time"))} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
