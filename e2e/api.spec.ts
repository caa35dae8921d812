// The open data as a client uses it over HTTP: the JSON API's lists, filters and entries with
// their sources, its errors and CORS, the OpenAPI document, and the CSV downloads the /models
// and /funding pages link to. Facts are the seeded story's.
import { expect, test, type APIRequestContext } from "./fixtures/test";
import { parse } from "csv-parse/sync";
import { models as seededModels } from "../prisma/seed/models";
import { rounds as seededRounds } from "../prisma/seed/rounds";
import { storyFacts } from "./fixtures/story-facts";

interface ApiList {
  data: Record<string, unknown>[];
  meta: { page: number; perPage: number; total: number; pageCount: number };
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
}

interface ApiError {
  error: { status: number; code: string; message: string; parameter: string | null };
}

async function getJson<T>(request: APIRequestContext, url: string, status = 200): Promise<T> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  return (await response.json()) as T;
}

/** Every string anywhere in a JSON value: what an entry says, whichever field says it. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

// The story's facts on entry pages, and the API resource that serves each kind of page.
const ENTRY_PAGES: Record<string, string> = {
  models: "models",
  funding: "funding-rounds",
  partnerships: "partnerships",
  organizations: "organizations",
  events: "events",
};

/** Entries whose facts the story states without a link: they cite nothing. */
const STATED_WITHOUT_LINKS = new Set(["/organizations/alan", "/events/revenue-reported"]);

test("lists models page by page; the links keep the filters and lead through every page", async ({
  request,
}) => {
  const first = await getJson<ApiList>(request, "/api/v1/models?per_page=4");
  expect(first.meta).toEqual({ page: 1, perPage: 4, total: seededModels.length, pageCount: 3 });
  expect(first.links.prev).toBeNull();

  const seen = first.data.map((m) => m.slug);
  let page = first;
  while (page.links.next) {
    expect(new URL(page.links.next).searchParams.get("per_page")).toBe("4");
    page = await getJson<ApiList>(request, page.links.next);
    seen.push(...page.data.map((m) => m.slug));
  }
  expect(page.meta.page).toBe(3);
  expect(page.links.self).toBe(page.links.last);
  expect([...seen].sort()).toEqual(seededModels.map((m) => m.slug).sort());

  const code = await getJson<ApiList>(request, "/api/v1/models?category=CODE");
  expect(code.data.map((m) => m.name).sort()).toEqual(["Codestral", "Devstral"]);
  const open = await getJson<ApiList>(request, "/api/v1/models?open_weights=true&license=APACHE_2_0");
  expect(open.data.map((m) => m.slug).sort()).toEqual(["devstral", "mistral-nemo"]);
  // Where the story does not say, the API says null, and lists those models on request.
  const unstated = await getJson<ApiList>(request, "/api/v1/models?open_weights=unknown&per_page=100");
  expect(unstated.data.map((m) => m.slug).sort()).toEqual(
    seededModels
      .filter((m) => m.openWeights === null)
      .map((m) => m.slug)
      .sort(),
  );
  expect(unstated.data.every((m) => m.openWeights === null)).toBe(true);
});

test("filters funding rounds by year, currency and investor, with money exact", async ({ request }) => {
  const all = await getJson<ApiList>(request, "/api/v1/funding-rounds");
  expect(all.meta.total).toBe(seededRounds.length);
  const in2023 = await getJson<ApiList>(request, "/api/v1/funding-rounds?year=2023");
  expect(in2023.data.map((r) => r.name)).toEqual(["A 轮融资", "种子轮融资"]);
  const inEuro = await getJson<ApiList>(request, "/api/v1/funding-rounds?currency=EUR");
  expect(inEuro.data.map((r) => r.name)).toEqual(["股权和债务融资", "A 轮融资"]);
  const byLightspeed = await getJson<ApiList>(
    request,
    "/api/v1/funding-rounds?investor=lightspeed-venture-partners",
  );
  expect(byLightspeed.data.map((r) => r.slug)).toEqual(["series-a", "seed-2023"]);

  const seed = byLightspeed.data[1];
  expect(seed.amount).toEqual({ minor: "11200000000", currency: "USD", decimal: "112000000.00" });
  expect(seed.valuation).toEqual({ minor: "26000000000", currency: "USD", decimal: "260000000.00" });
  // "2023 年 6 月": a month, never a made-up day.
  expect(seed.date).toEqual({ date: "2023-06", precision: "MONTH" });
  expect(seed.investors).toContainEqual({
    type: "organization",
    slug: "lightspeed-venture-partners",
    name: "Lightspeed Venture Partners",
    isLead: true,
  });

  const partnerships = await getJson<ApiList>(request, "/api/v1/partnerships?partner=microsoft&year=2024");
  expect(partnerships.data.map((p) => p.slug)).toContain("microsoft-azure");
});

test("each entry by slug says the story's facts and carries its sources", async ({ request }) => {
  const facts = storyFacts.filter((fact) => fact.path.split("/")[1] in ENTRY_PAGES);
  expect(facts.length).toBeGreaterThan(20);
  for (const fact of facts) {
    const [, page, slug] = fact.path.split("/");
    const { data } = await getJson<{ data: Record<string, unknown> }>(
      request,
      `/api/v1/${ENTRY_PAGES[page]}/${slug}`,
    );
    expect(data.slug).toBe(slug);
    expect(new URL(String(data.pageUrl)).pathname).toBe(fact.path);
    const said = stringsIn(data).join("\n");
    for (const text of fact.texts) expect(said, `${fact.fact}: ${text}`).toContain(text);

    const citations = data.citations as { claim: string; source: Record<string, unknown> }[];
    expect(citations.length > 0, `${fact.path} cites`).toBe(!STATED_WITHOUT_LINKS.has(fact.path));
    for (const { source } of citations) {
      // The story gives no source's title: null, not one made up from the link's address.
      expect(source).toEqual(
        expect.objectContaining({
          url: expect.stringMatching(/^https?:\/\//),
          title: null,
          publisher: expect.any(String),
        }),
      );
    }
  }

  const { data: large2 } = await getJson<{
    data: { citations: { claim: string; status: string; source: object }[] };
  }>(request, "/api/v1/models/mistral-large-2");
  // A licence the story does not name: its kind says so, and it has no name, not the words 未说明.
  expect(large2).toMatchObject({ license: "UNSPECIFIED", licenseName: null });
  expect(large2.citations).toContainEqual({
    claim: "Mistral Large 2，主要的语言大模型",
    // A TechCrunch article: a media report.
    status: "REPORTED",
    source: {
      slug: "tc-mistral-large-2",
      title: null,
      publisher: "TechCrunch",
      url: "https://techcrunch.com/2024/07/24/mistral-releases-large-2-meta-openai-ai-models/",
      language: "en",
      // Not read from the address's /2024/07/24/: the story gives no date.
      publishedOn: null,
      // No editor has archived or checked it yet.
      archiveUrl: null,
      checkedOn: null,
    },
  });

  const people = await getJson<ApiList>(request, "/api/v1/people?category=FOUNDER");
  expect(people.data.map((p) => p.name)).toEqual(
    expect.arrayContaining(["Arthur Mensch", "Timothée Lacroix", "Guillaume Lample"]),
  );
  const { data: source } = await getJson<{ data: { citedBy: { resource: string; slug: string }[] } }>(
    request,
    "/api/v1/sources/tc-devstral",
  );
  expect(source.citedBy).toContainEqual(expect.objectContaining({ resource: "models", slug: "devstral" }));
});

test("a bad parameter is a 400 naming it; an unknown resource or slug a 404", async ({ request }) => {
  const badCategory = await getJson<ApiError>(request, "/api/v1/models?category=SPACE", 400);
  expect(badCategory.error).toMatchObject({ status: 400, code: "invalid_parameter", parameter: "category" });
  expect(badCategory.error.message).toContain("GENERAL");
  const tooMany = await getJson<ApiError>(request, "/api/v1/events?per_page=1000", 400);
  expect(tooMany.error.parameter).toBe("per_page");
  const typo = await getJson<ApiError>(request, "/api/v1/funding-rounds?yaer=2023", 400);
  expect(typo.error.parameter).toBe("yaer");
  const badYear = await getJson<ApiError>(request, "/api/v1/funding-rounds?year=last", 400);
  expect(badYear.error.parameter).toBe("year");

  const noModel = await getJson<ApiError>(request, "/api/v1/models/mistral-huge-9", 404);
  expect(noModel.error).toMatchObject({ status: 404, code: "not_found" });
  const noResource = await getJson<ApiError>(request, "/api/v1/unicorns", 404);
  expect(noResource.error.message).toContain("models");
  await getJson<ApiError>(request, "/api/v1/unicorns/mistral-large", 404);
});

test("any origin may read it: CORS on GET and a preflight allowing GET and HEAD; ETags answer 304", async ({
  request,
}) => {
  const response = await request.get("/api/v1/products", {
    headers: { Origin: "https://elsewhere.example" },
  });
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["access-control-allow-credentials"]).toBeUndefined();
  expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

  const preflight = await request.fetch("/api/v1/products/le-chat", {
    method: "OPTIONS",
    headers: {
      Origin: "https://elsewhere.example",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("HEAD");

  const head = await request.head("/api/v1/products");
  expect(head.status()).toBe(200);
  expect(head.headers()["access-control-allow-origin"]).toBe("*");

  const etag = response.headers()["etag"];
  expect(etag).toMatch(/^".+"$/);
  const again = await request.get("/api/v1/products", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
});

test("the OpenAPI document describes every resource", async ({ request }) => {
  const doc = await getJson<{
    openapi: string;
    paths: Record<string, unknown>;
    components: { schemas: object };
  }>(request, "/api/v1/openapi.json");
  expect(doc.openapi).toBe("3.1.0");
  for (const name of Object.values(ENTRY_PAGES).concat([
    "people",
    "products",
    "events",
    "sources",
    "explainers",
  ])) {
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([`/${name}`, `/${name}/{slug}`]));
  }
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(["/downloads/models.csv", "/downloads/funding-rounds.csv"]),
  );
  expect(Object.keys(doc.components.schemas)).toEqual(
    expect.arrayContaining(["Model", "FundingRound", "Money"]),
  );
});

/** A CSV download: its bytes start with the UTF-8 BOM; parsed into header and rows. */
async function readCsv(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="mistral-ai-[a-z-]+\.csv"$/,
  );
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parse(bytes.toString("utf8"), { bom: true }) as string[][];
  return { header, rows, column: (name: string) => rows.map((row) => row[header.indexOf(name)]) };
}

test("the CSV downloads have Chinese headers and one row per published model or round", async ({
  request,
}) => {
  const models = await readCsv(request, "/downloads/models.csv");
  expect(models.header).toEqual(expect.arrayContaining(["名称", "系列", "类别", "许可证", "发布日期"]));
  expect(models.rows).toHaveLength(seededModels.length);
  expect(models.column("名称")).toEqual(expect.arrayContaining(seededModels.map((m) => m.name)));
  expect(models.column("简介（Markdown）")).toContain("专注于阿拉伯语的模型。");
  expect(models.column("开放权重")).toEqual(seededModels.map(() => expect.stringMatching(/^(是|未说明)$/)));
  expect(models.column("发布日期")).toContain("2025年5月");

  const rounds = await readCsv(request, "/downloads/funding-rounds.csv");
  expect(rounds.rows).toHaveLength(seededRounds.length);
  expect(rounds.column("名称")).toEqual(["股权和债务融资", "微软可转换投资", "A 轮融资", "种子轮融资"]);
  expect(rounds.column("金额")).toEqual(["600000000.00", "16300000.00", "385000000.00", "112000000.00"]);
  expect(rounds.column("日期")).toEqual(["2024年6月", "2024年2月", "2023年12月", "2023年6月"]);
  expect(rounds.column("投资方")[3]).toMatch(/^Lightspeed Venture Partners（领投）、/);
});

test("the models and funding pages offer their CSV", async ({ page }) => {
  for (const [path, file] of [
    ["/models", "/downloads/models.csv"],
    ["/funding", "/downloads/funding-rounds.csv"],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("main").getByRole("link", { name: "下载 CSV" })).toHaveAttribute(
      "href",
      file,
    );
  }
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("main").getByRole("link", { name: "下载 CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("mistral-ai-funding-rounds.csv");
});

test("the data says how it may be reused: CC BY 4.0 in the footer, /about, the API, the CSV files and the feeds", async ({
  page,
  request,
}) => {
  const licence = "https://creativecommons.org/licenses/by/4.0/";
  for (const path of ["/api/v1/models", "/api/v1/openapi.json", "/downloads/models.csv", "/feed.xml"]) {
    const response = await request.get(path);
    expect(response.headers()["link"], path).toContain(`<${licence}>; rel="license"`);
  }
  expect(await (await request.get("/feed.xml")).text()).toContain("CC BY 4.0");
  await page.goto("/about");
  await expect(page.getByRole("main").getByRole("link", { name: "CC BY 4.0", exact: true })).toHaveAttribute(
    "href",
    licence,
  );
  await expect(page.getByRole("contentinfo").getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute(
    "rel",
    "license",
  );
});
