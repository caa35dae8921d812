// Fills a seeded database with synthetic, published entries of every kind up to a total, so
// that pages, feeds and search can be measured at the scale of a long-lived site. Text mixes
// Chinese and Latin like the story's own, and every entry cites a source.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { SubjectType } from "@/lib/generated/prisma/enums";

/** Share of the synthetic entries per kind (the story's own entries count towards the total). */
const SHARES = {
  organization: 0.15,
  person: 0.05,
  model: 0.2,
  product: 0.02,
  round: 0.08,
  partnership: 0.15,
  event: 0.35,
} as const;

const SOURCES = 200;
const BATCH = 500;
const PUBLISHED_AT = new Date("2020-01-01T00:00:00.000Z");

const TOPICS = ["多语言推理", "代码生成", "文档理解", "边缘部署", "语音识别", "企业搜索", "数学", "视觉"];
const PLACES = ["巴黎", "伦敦", "柏林", "旧金山", "新加坡", "东京", "蒙特利尔", "斯德哥尔摩"];

const pad = (n: number) => String(n).padStart(5, "0");
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** A date between 2019 and 2026, spread evenly, with day/month/year precision in turn. */
function syntheticDate(n: number) {
  const date = new Date(Date.UTC(2019 + (n % 8), (n * 7) % 12, 1 + ((n * 13) % 28)));
  const precision = (["DAY", "MONTH", "YEAR"] as const)[n % 3];
  if (precision !== "DAY") date.setUTCDate(1);
  if (precision === "YEAR") date.setUTCMonth(0);
  return { date, precision };
}

function summary(kindZh: string, n: number): string {
  return (
    `第 ${n} 条合成${kindZh}记录，涉及${pick(TOPICS, n)}，发生在${pick(PLACES, n * 3)}。` +
    `Synthetic benchmark entry ${n} about ${pick(["reasoning", "coding", "documents", "edge", "speech"], n)}; ` +
    `它只用于测量 **大数据量** 下的页面、订阅与搜索速度。`
  );
}

function counts(total: number, existing: number): Record<keyof typeof SHARES, number> {
  const missing = Math.max(0, total - existing);
  const result = {} as Record<keyof typeof SHARES, number>;
  let assigned = 0;
  for (const kind of Object.keys(SHARES) as (keyof typeof SHARES)[]) {
    result[kind] = Math.floor(missing * SHARES[kind]);
    assigned += result[kind];
  }
  result.event += missing - assigned;
  return result;
}

/** Every entry a reader can see, of every kind but sources. */
export async function countEntries(prisma: PrismaClient): Promise<number> {
  const counts = await Promise.all([
    prisma.organization.count(),
    prisma.person.count(),
    prisma.aiModel.count(),
    prisma.product.count(),
    prisma.fundingRound.count(),
    prisma.partnership.count(),
    prisma.event.count(),
    prisma.explainerSection.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const published = (id: string) => ({
  id,
  status: "PUBLISHED" as const,
  publishedAt: PUBLISHED_AT,
});

/** Adds synthetic entries until the database holds `total` entries; returns how many it added. */
export async function fillWithSyntheticEntries(prisma: PrismaClient, total: number): Promise<number> {
  const existing = await countEntries(prisma);
  const plan = counts(total, existing);
  const added = Object.values(plan).reduce((a, b) => a + b, 0);
  if (added === 0) return 0;

  const sources = Array.from({ length: SOURCES }, (_, n) => ({
    ...published(`bench-source-${pad(n)}`),
    slug: `bench-source-${pad(n)}`,
    url: `https://example.com/bench/${pad(n)}`,
    title: `Benchmark source ${n}：${pick(TOPICS, n)}报道`,
    publisher: pick(["Example News", "示例日报", "Bench Wire"], n),
    publishedOn: syntheticDate(n).date,
    publishedPrecision: syntheticDate(n).precision,
  }));
  await inBatches(sources, (data) => prisma.source.createMany({ data }));

  const citations: { sourceId: string; subjectType: SubjectType; subjectId: string }[] = [];
  const cite = (subjectType: SubjectType, subjectId: string, n: number) =>
    citations.push({ sourceId: pick(sources, n).id, subjectType, subjectId });

  const organizations = Array.from({ length: plan.organization }, (_, n) => {
    const id = `bench-org-${pad(n)}`;
    cite("ORGANIZATION", id, n);
    return {
      ...published(id),
      slug: id,
      name: `Bench Capital ${n}`,
      nameZh: `基准资本 ${n}`,
      type: pick(["INVESTOR", "COMPANY", "OTHER"] as const, n),
      country: pick(["法国", "美国", "德国", "日本"], n),
      description: summary("机构", n),
    };
  });
  await inBatches(organizations, (data) => prisma.organization.createMany({ data }));

  const people = Array.from({ length: plan.person }, (_, n) => {
    const id = `bench-person-${pad(n)}`;
    cite("PERSON", id, n);
    return {
      ...published(id),
      slug: id,
      name: `Bench Person ${n}`,
      category: pick(["ADVISER", "INVESTOR", "OTHER"] as const, n),
      role: `${pick(TOPICS, n)}顾问`,
      background: summary("人物", n),
      position: 1000 + n,
    };
  });
  await inBatches(people, (data) => prisma.person.createMany({ data }));

  const models = Array.from({ length: plan.model }, (_, n) => {
    const id = `bench-model-${pad(n)}`;
    cite("MODEL", id, n);
    return {
      ...published(id),
      slug: id,
      name: `Bench Model ${n}`,
      family: `Bench ${n % 40}`,
      category: pick(["GENERAL", "MULTIMODAL", "CODE", "EDGE", "REGIONAL", "RESEARCH"] as const, n),
      license: pick(["APACHE_2_0", "COMMERCIAL", "NON_COMMERCIAL", "UNSPECIFIED"] as const, n),
      openWeights: n % 2 === 0,
      ...datePair(n),
      summary: summary("模型", n),
    };
  });
  await inBatches(models, (data) => prisma.aiModel.createMany({ data }));

  const products = Array.from({ length: plan.product }, (_, n) => {
    const id = `bench-product-${pad(n)}`;
    cite("PRODUCT", id, n);
    return {
      ...published(id),
      slug: id,
      name: `Bench Product ${n}`,
      category: pick(["ASSISTANT", "API", "DOCUMENT_AI", "OTHER"] as const, n),
      ...datePair(n),
      summary: summary("产品", n),
      position: 1000 + n,
    };
  });
  await inBatches(products, (data) => prisma.product.createMany({ data }));

  const rounds = Array.from({ length: plan.round }, (_, n) => {
    const id = `bench-round-${pad(n)}`;
    cite("ROUND", id, n);
    const { date, precision } = syntheticDate(n);
    return {
      ...published(id),
      slug: id,
      name: `基准融资 ${n}`,
      stage: pick(["SEED", "SERIES_A", "SERIES_B", "OTHER"] as const, n),
      instrument: pick(["EQUITY", "CONVERTIBLE", "EQUITY_AND_DEBT"] as const, n),
      date,
      datePrecision: precision,
      amountMinor: BigInt(1_000_000 + n) * 100n,
      currency: pick(["EUR", "USD"], n),
      summary: summary("融资", n),
    };
  });
  await inBatches(rounds, (data) => prisma.fundingRound.createMany({ data }));
  const investors = rounds.flatMap((round, n) =>
    organizations.length === 0
      ? []
      : [0, 1].map((i) => ({
          roundId: round.id,
          organizationId: pick(organizations, n * 2 + i).id,
          isLead: i === 0,
          position: i,
        })),
  );
  await inBatches(investors, (data) => prisma.roundInvestor.createMany({ data }));

  const partnerships = Array.from({ length: plan.partnership }, (_, n) => {
    const id = `bench-partnership-${pad(n)}`;
    cite("PARTNERSHIP", id, n);
    return {
      ...published(id),
      slug: id,
      title: `与 Bench Capital ${n} 的合作`,
      category: pick(["CLOUD", "CONTENT", "INDUSTRY", "TECHNOLOGY"] as const, n),
      ...datePair(n),
      summary: summary("合作", n),
    };
  });
  await inBatches(partnerships, (data) => prisma.partnership.createMany({ data }));
  const partners = partnerships.flatMap((partnership, n) =>
    organizations.length === 0
      ? []
      : [{ partnershipId: partnership.id, organizationId: pick(organizations, n).id }],
  );
  await inBatches(partners, (data) => prisma.partnershipPartner.createMany({ data }));

  const events = Array.from({ length: plan.event }, (_, n) => {
    const id = `bench-event-${pad(n)}`;
    cite("EVENT", id, n);
    const { date, precision } = syntheticDate(n);
    return {
      ...published(id),
      slug: id,
      title: `基准事件 ${n}：${pick(TOPICS, n)}进展`,
      kind: pick(["MILESTONE", "FINANCIAL", "REGULATORY", "STATEMENT", "OTHER"] as const, n),
      date,
      datePrecision: precision,
      summary: summary("事件", n),
    };
  });
  await inBatches(events, (data) => prisma.event.createMany({ data }));

  await inBatches(citations, (data) => prisma.citation.createMany({ data }));
  return added;
}

function datePair(n: number) {
  const { date, precision } = syntheticDate(n);
  return { date, datePrecision: precision };
}
