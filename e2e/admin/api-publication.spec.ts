// The open data shows only what readers may see: an editor's draft and an entry scheduled for
// later are in neither the API nor the CSV downloads; published, the entry is in both on the
// very next request.
import { expect, test, type APIRequestContext } from "../fixtures/test";
import {
  beijingTimeIn,
  cite,
  entryForm,
  publishNow,
  saveEntry,
  today,
  uniqueSlug,
  untitledSource,
} from "../fixtures/admin";
import { EDITOR } from "../fixtures/auth";

test.use({ storageState: EDITOR.storageState });

/** What a client of the open data sees of one entry, by slug, in a filtered list and in a CSV. */
async function openData(
  request: APIRequestContext,
  entry: { resource: string; slug: string; list: string; csv: string },
) {
  const byslug = await request.get(`/api/v1/${entry.resource}/${entry.slug}`);
  const list = await request.get(`/api/v1/${entry.resource}?${entry.list}`);
  expect(list.status()).toBe(200);
  const csv = await request.get(entry.csv);
  expect(csv.status()).toBe(200);
  return {
    bySlug: byslug.status(),
    listed: ((await list.json()) as { data: { slug: string }[] }).data.some((e) => e.slug === entry.slug),
    inCsv: (await csv.text()).includes(entry.slug),
  };
}

const hidden = { bySlug: 404, listed: false, inCsv: false };
const shown = { bySlug: 200, listed: true, inCsv: true };

test("a draft model, then a scheduled one, stays out of the API and the CSV until published", async ({
  page,
  request,
}) => {
  const run = uniqueSlug("api-m");
  const family = `Open Data ${run}`;
  await page.goto("/admin/models/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(`模型 ${run}`);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("系列", { exact: true }).fill(family);
  await form.getByLabel("类别", { exact: true }).selectOption({ label: "代码" });
  await form.getByLabel("许可证", { exact: true }).selectOption({ label: "Apache 2.0" });
  await form.getByLabel("发布日期", { exact: true }).fill(today());
  await cite(
    form,
    untitledSource(
      "TechCrunch",
      "https://techcrunch.com/2025/05/21/mistrals-new-devstral-model-was-designed-for-coding/",
    ),
    "开放数据测试",
  );
  await saveEntry(page);

  const entry = {
    resource: "models",
    slug: run,
    list: new URLSearchParams({ family }).toString(),
    csv: "/downloads/models.csv",
  };
  expect(await openData(request, entry)).toEqual(hidden);

  // Scheduled for tomorrow: still hidden.
  const schedule = page.getByRole("form", { name: "定时发布" });
  await schedule.getByLabel("发布时间（北京时间）", { exact: true }).fill(beijingTimeIn(86_400_000));
  await schedule.getByRole("button", { name: "定时发布" }).click();
  await expect(page.getByRole("status")).toHaveText("已设定定时发布。");
  expect(await openData(request, entry)).toEqual(hidden);

  // Published now: there at once, with its source.
  await publishNow(page);
  expect(await openData(request, entry)).toEqual(shown);
  const { data } = (await (await request.get(`/api/v1/models/${run}`)).json()) as {
    data: { family: string; openWeights: boolean | null; citations: { claim: string }[] };
  };
  expect(data.family).toBe(family);
  // Open weights not chosen: not stated, rather than "no".
  expect(data.openWeights).toBeNull();
  expect(data.citations.map((c) => c.claim)).toEqual(["开放数据测试"]);
});

test("a draft funding round is in neither the API nor the CSV; published, it is in both", async ({
  page,
  request,
}) => {
  const run = uniqueSlug("api-r");
  await page.goto("/admin/funding/new");
  const form = entryForm(page);
  await form.getByLabel("名称", { exact: true }).fill(`D 轮 ${run}`);
  await form.getByLabel("网址标识（slug）", { exact: true }).fill(run);
  await form.getByLabel("轮次", { exact: true }).selectOption({ label: "其他" });
  await form.getByLabel("类型", { exact: true }).selectOption({ label: "股权" });
  await form.getByLabel("日期", { exact: true }).fill(today());
  await form.getByLabel("金额", { exact: true }).fill("1234567.89");
  await form.getByLabel("金额币种", { exact: true }).selectOption("EUR");
  const investors = form.getByRole("group", { name: "投资方" });
  await investors.getByLabel("第 1 行投资方", { exact: true }).selectOption({ label: "Sofina" });
  await investors.getByLabel("第 1 行领投", { exact: true }).check();
  await saveEntry(page);

  const entry = {
    resource: "funding-rounds",
    slug: run,
    list: "investor=sofina&per_page=100",
    csv: "/downloads/funding-rounds.csv",
  };
  expect(await openData(request, entry)).toEqual(hidden);

  await publishNow(page);
  expect(await openData(request, entry)).toEqual(shown);
  const { data } = (await (await request.get(`/api/v1/funding-rounds/${run}`)).json()) as {
    data: { amount: unknown };
  };
  expect(data.amount).toEqual({ minor: "123456789", currency: "EUR", decimal: "1234567.89" });
  const csv = await (await request.get("/downloads/funding-rounds.csv")).text();
  expect(csv).toContain(`D 轮 ${run},${run},其他,股权,`);
  expect(csv).toContain("1234567.89,EUR,");
  expect(csv).toContain(",Sofina,Sofina（领投）,");
});
