// The bad-input corpus against everything a reader can reach without an account: every list
// page's query parameters, every path that takes a slug or a file name, every /api/v1 list with
// each of its filters and its paging, one entry, wrong methods and content types, and the feeds,
// downloads and documents with junk query strings. None may answer 5xx; a page reflects no
// payload as markup; the API names the parameter it refuses. (The forms: admin/bad-input-corpus.)
import { expect, test, type APIRequestContext } from "./fixtures/test";
import {
  BAD_PATH_SEGMENTS,
  JUNK_QUERY_STRINGS,
  MARKUP_TRACE,
  type Payload,
  QUERY_VALUES,
  RAW_QUERY_ESCAPES,
} from "./corpus/bad-inputs";
import { CaseLog, type CaseOutcome } from "./fixtures/corpus";

/** Every public list page with its own query parameters, and the others a filter needs. */
const PAGE_PARAMETERS: { path: string; parameter: string; with?: string }[] = [
  ...["category", "license", "openWeights", "page"].map((parameter) => ({ path: "/models", parameter })),
  ...["kind", "year", "page"].map((parameter) => ({ path: "/timeline", parameter })),
  { path: "/search", parameter: "q" },
  ...["/funding", "/partnerships", "/people", "/products", "/sources"].map((path) => ({
    path,
    parameter: "page",
  })),
  { path: "/changes", parameter: "page" },
  { path: "/changes", parameter: "kind", with: "slug=codestral" },
  { path: "/changes", parameter: "slug", with: "kind=models" },
  { path: "/changes", parameter: "id", with: "kind=models" },
  { path: "/report", parameter: "kind", with: "slug=codestral" },
  { path: "/report", parameter: "slug", with: "kind=models" },
];

/** Every path with a segment of the reader's choosing (a slug, a scope or a file name). */
const PATH_TEMPLATES = [
  "/models/{}",
  "/funding/{}",
  "/partnerships/{}",
  "/events/{}",
  "/organizations/{}",
  "/people/at/{}",
  "/products/at/{}",
  "/sources/at/{}",
  "/feeds/{}/feed.xml",
  "/downloads/{}",
  "/api/v1/{}",
  "/api/v1/models/{}",
];

/** Everything that takes no query parameter: feeds, downloads, documents. */
const PARAMETERLESS = [
  "/feed.xml",
  "/atom.xml",
  "/feed.json",
  ...["models", "funding", "partnerships", "events"].flatMap((scope) =>
    ["feed.xml", "atom.xml", "feed.json"].map((file) => `/feeds/${scope}/${file}`),
  ),
  "/changes/feed.xml",
  "/downloads/models.csv",
  "/downloads/funding-rounds.csv",
  "/api/v1/openapi.json",
  "/sitemap.xml",
  "/robots.txt",
];

/** A query value as sent: raw escapes as they are, anything else percent-encoded. */
const queryValue = (payload: Payload, raw: boolean) =>
  raw ? payload.value : encodeURIComponent(payload.value);

const QUERY_CASES = [
  ...QUERY_VALUES.map((payload) => ({ family: "value", payload, raw: false })),
  ...RAW_QUERY_ESCAPES.map((payload) => ({ family: "raw escape", payload, raw: true })),
];

/** Whether a page's HTML holds a payload as markup rather than as escaped text. */
function reflectsMarkup(contentType: string, html: string): boolean {
  // Only HTML is rendered: JSON and XML carry a payload as data (feeds are checked in admin/).
  if (!contentType.startsWith("text/html")) return false;
  return html.includes(`<${MARKUP_TRACE.element}`) || html.includes(`<script>window.${MARKUP_TRACE.global}`);
}

async function getCase(
  log: CaseLog,
  request: APIRequestContext,
  target: string,
  payload: string,
  url: string,
  classify: (status: number, body: string, contentType: string) => CaseOutcome,
  options: { method?: string; headers?: Record<string, string>; data?: string } = {},
) {
  const response = await request.fetch(url, { maxRedirects: 0, ...options });
  const body = await response.text();
  const status = response.status();
  const outcome =
    status >= 500 ? "server-error" : classify(status, body, response.headers()["content-type"] ?? "");
  return log.add({
    target,
    payload,
    status,
    outcome,
    detail: `${options.method ?? "GET"} ${url.slice(0, 200)}`,
  });
}

/** A path or an address that cannot name anything is refused (400) or not found (404). */
const pageOutcome = (status: number): CaseOutcome =>
  status === 404 ? "not-found" : status === 400 ? "refused" : "ignored";

test("the corpus holds at least 200 cases for readers' pages, paths and files alone", () => {
  const pages = PAGE_PARAMETERS.length * (QUERY_CASES.length + 1);
  const paths = PATH_TEMPLATES.length * BAD_PATH_SEGMENTS.length;
  const files = PARAMETERLESS.length * (JUNK_QUERY_STRINGS.length + 2);
  console.log(
    `Readers' corpus (API cases come from its OpenAPI document): pages ${pages}, paths ${paths}, files ${files}`,
  );
  expect(pages + paths + files).toBeGreaterThanOrEqual(200);
});

test("every list page's query parameters: no 5xx, no payload reflected as markup", async ({
  request,
}, testInfo) => {
  const log = new CaseLog();
  const reflected: string[] = [];
  for (const { path, parameter, with: other } of PAGE_PARAMETERS) {
    const target = `page ${path} ?${parameter}`;
    const prefix = `${path}?${other ? `${other}&` : ""}`;
    const cases = [
      ...QUERY_CASES.map(({ family, payload, raw }) => ({
        name: `${family}: ${payload.name}`,
        url: `${prefix}${parameter}=${queryValue(payload, raw)}`,
      })),
      {
        name: "repeated parameter",
        url: `${prefix}${parameter}=1&${parameter}=${encodeURIComponent("<b>")}`,
      },
    ];
    await Promise.all(
      cases.map(async ({ name, url }) => {
        const record = await getCase(log, request, target, name, url, (status, html, type) => {
          if (reflectsMarkup(type, html)) reflected.push(url);
          return pageOutcome(status);
        });
        return record;
      }),
    );
  }
  await log.report(testInfo, "list pages");
  expect(log.records).toHaveLength(PAGE_PARAMETERS.length * (QUERY_CASES.length + 1));
  expect(log.serverErrors()).toEqual([]);
  expect(reflected).toEqual([]);
});

test("every path that takes a slug or a file name: no 5xx, unknown ones not found", async ({
  request,
}, testInfo) => {
  const log = new CaseLog();
  const reflected: string[] = [];
  for (const template of PATH_TEMPLATES) {
    await Promise.all(
      BAD_PATH_SEGMENTS.map((segment) =>
        getCase(
          log,
          request,
          `path ${template}`,
          segment.name,
          template.replace("{}", segment.value),
          (status, body, type) => {
            if (reflectsMarkup(type, body)) reflected.push(template);
            return pageOutcome(status);
          },
        ),
      ),
    );
  }
  await log.report(testInfo, "paths");
  expect(log.serverErrors()).toEqual([]);
  expect(reflected).toEqual([]);
  // "Codestral" is the one segment that could be a real entry with other letters: still no page.
  // People, products and sources answer a redirect to their list, which shows no such anchor.
  expect(
    log.records
      .filter(
        (r) => r.outcome === "ignored" && !(r.status >= 300 && r.status < 400 && r.target.includes("/at/")),
      )
      .map((r) => r.detail),
  ).toEqual([]);
});

interface OpenApiDocument {
  paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
}

test("every /api/v1 list, filter, page and entry: 400 naming the parameter, never 5xx", async ({
  request,
}, testInfo) => {
  const log = new CaseLog();
  const document = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApiDocument;
  // The lists as the document describes them: /api/v1/models, not /api/v1/models/{slug}.
  const lists = Object.entries(document.paths)
    .filter(([path]) => !path.includes("{") && !/\.(json|csv)$/.test(path))
    .map(([path, item]) => ({
      path: path.startsWith("/api/v1") ? path : `/api/v1${path}`,
      parameters: (item.get?.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
    }));
  expect(lists.length).toBeGreaterThanOrEqual(9);

  /** A 400 must name the parameter at fault; a 200 is a filter that matched nothing. */
  const apiOutcome =
    (parameter: string) =>
    (status: number, body: string): CaseOutcome => {
      if (status === 200) return "ignored";
      if (status === 404) return "not-found";
      const error = (JSON.parse(body) as { error?: { parameter?: string | null; message?: string } }).error;
      return error?.parameter === parameter && error.message ? "refused" : "refused-unnamed";
    };

  // The API is read-only: 405, or 400 for a body no form could be read from (request-guard).
  const methodOutcome = (status: number): CaseOutcome =>
    status === 405 || status === 400 ? "refused" : "refused-unnamed";
  for (const { path, parameters } of lists) {
    const target = `api list ${path}`;
    await Promise.all([
      ...parameters.flatMap((parameter) => [
        ...QUERY_CASES.map(({ family, payload, raw }) =>
          getCase(
            log,
            request,
            target,
            `${parameter} ${family}: ${payload.name}`,
            `${path}?${parameter}=${queryValue(payload, raw)}`,
            apiOutcome(parameter),
          ),
        ),
        getCase(
          log,
          request,
          target,
          `${parameter} given twice`,
          `${path}?${parameter}=1&${parameter}=2`,
          apiOutcome(parameter),
        ),
      ]),
      getCase(
        log,
        request,
        target,
        "unknown parameter",
        `${path}?${encodeURIComponent("<b>")}=1`,
        apiOutcome("<b>"),
      ),
      getCase(
        log,
        request,
        target,
        "8 KB unknown parameter",
        `${path}?${"q".repeat(8_000)}=1`,
        apiOutcome("q".repeat(8_000)),
      ),
      // Past what the server reads of a request line: refused before any handler, never a 5xx.
      getCase(
        log,
        request,
        target,
        "64 KB query string",
        `${path}?page=1&x=${"x".repeat(64_000)}`,
        (status) => (status === 431 || status === 414 || status === 400 ? "refused" : "refused-unnamed"),
      ),
      ...["POST", "PUT", "PATCH", "DELETE"].map((method) =>
        getCase(log, request, `api methods ${path}`, method, path, methodOutcome, {
          method,
          headers: { "content-type": "application/json" },
          data: '{"slug":"x"}',
        }),
      ),
      ...["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"].map(
        (contentType) =>
          getCase(log, request, `api methods ${path}`, `POST ${contentType}`, path, methodOutcome, {
            method: "POST",
            headers: { "content-type": contentType },
            data: "<corpus-mark>",
          }),
      ),
      ...BAD_PATH_SEGMENTS.map((segment) =>
        getCase(
          log,
          request,
          `api entry ${path}/{slug}`,
          segment.name,
          `${path}/${segment.value}`,
          (status) => (status === 404 ? "not-found" : status === 400 ? "refused" : "refused-unnamed"),
        ),
      ),
    ]);
  }
  await log.report(testInfo, "api");
  expect(log.serverErrors()).toEqual([]);
  expect(log.records.filter((r) => r.outcome === "refused-unnamed")).toEqual([]);
});

test("feeds, downloads and documents with junk query strings and validators: never 5xx", async ({
  request,
}, testInfo) => {
  const log = new CaseLog();
  const ok = (status: number): CaseOutcome =>
    status === 200 || status === 304 ? "ignored" : "refused-unnamed";
  await Promise.all(
    PARAMETERLESS.flatMap((path) => [
      ...JUNK_QUERY_STRINGS.map((junk) =>
        getCase(log, request, `file ${path}`, junk.name, `${path}${junk.value}`, ok),
      ),
      getCase(log, request, `file ${path}`, "junk If-None-Match", path, ok, {
        headers: { "if-none-match": `"<corpus-mark>", W/"\u0000"`.replace("\u0000", "") },
      }),
      getCase(log, request, `file ${path}`, "junk If-Modified-Since", path, ok, {
        headers: { "if-modified-since": "Tue, 99 Foo 99999 99:99:99 GMT" },
      }),
    ]),
  );
  await log.report(testInfo, "files");
  expect(log.records).toHaveLength(PARAMETERLESS.length * (JUNK_QUERY_STRINGS.length + 2));
  expect(log.serverErrors()).toEqual([]);
  expect(log.records.filter((r) => r.outcome !== "ignored")).toEqual([]);
});
