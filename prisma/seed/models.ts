// Mistral AI's models. Dates: the story's own where it gives one ("2025 年 5 月" → month),
// otherwise the day of the announcement article it links to. Open weights only where the story
// says so; the story's top models keep their weights from commercial use (COMMERCIAL).
import { inMonth, onDay } from "./dates";
import type { SeedCitation, SeedModel } from "./types";

type ModelInput = Omit<SeedModel, "slug" | "replaces" | "collaborators"> &
  Partial<Pick<SeedModel, "replaces" | "collaborators">>;

function model<Slug extends string>(slug: Slug, input: ModelInput) {
  return { slug, replaces: null, collaborators: [], ...input };
}

const TOP_MODEL_LICENSE = "商业许可（顶级模型，权重不适用于商业用途）";
const overview: SeedCitation = {
  source: "mistral-docs-models-overview",
  claim: "并非全部模型都是开源的：顶级模型与免费模型有所区分",
};

export const models = [
  model("mistral-large", {
    name: "Mistral Large",
    family: "Mistral Large",
    category: "GENERAL",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: onDay("2024-02-26"),
    summary: "Mistral AI 的主要语言大模型，可与 GPT-4 竞争，后被 Mistral Large 2 取代。",
    citations: [{ source: "tc-mistral-large", claim: "Mistral AI 发布可与 GPT-4 竞争的新模型" }, overview],
  }),
  model("mistral-large-2", {
    name: "Mistral Large 2",
    family: "Mistral Large",
    category: "GENERAL",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: onDay("2024-07-24"),
    summary: "Mistral AI 主要的语言大模型，取代了 Mistral Large。",
    replaces: "mistral-large",
    citations: [{ source: "tc-mistral-large-2", claim: "Mistral 发布 Large 2" }, overview],
  }),
  model("pixtral", {
    name: "Pixtral 12B",
    family: "Pixtral",
    category: "MULTIMODAL",
    license: "UNSPECIFIED",
    licenseName: "未说明",
    openWeights: false,
    released: onDay("2024-09-11"),
    summary: "Mistral AI 的首个多模态模型，开创了 Pixtral 多模态模型系列。",
    citations: [{ source: "tc-pixtral", claim: "Mistral 发布其首个多模态模型 Pixtral" }],
  }),
  model("pixtral-large", {
    name: "Pixtral Large",
    family: "Pixtral",
    category: "MULTIMODAL",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: onDay("2024-11-18"),
    summary: "于 2024 年推出，是 Pixtral 系列多模态模型的新成员。",
    citations: [
      { source: "mistral-news-pixtral-large", claim: "Pixtral Large 发布公告" },
      { source: "tc-new-models-and-chat-features", claim: "于 2024 年推出" },
      { source: "tc-pixtral", claim: "Pixtral 系列多模态模型" },
    ],
  }),
  model("mistral-medium-3", {
    name: "Mistral Medium 3",
    family: "Mistral Medium",
    category: "GENERAL",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: inMonth("2025-05"),
    summary: "于 2025 年 5 月发布，承诺在不牺牲性能的情况下提供效率，最适合编码和 STEM 任务。",
    citations: [{ source: "tc-mistral-medium-3", claim: "最新模型以其价格提供领先的性能" }],
  }),
  model("devstral", {
    name: "Devstral",
    family: "Devstral",
    category: "CODE",
    license: "APACHE_2_0",
    licenseName: "Apache 2.0",
    openWeights: true,
    released: onDay("2025-05-21"),
    summary:
      "一种专为编码设计的 AI 模型，并以 Apache 2.0 许可证公开提供，这意味着可以不受限制地用于商业用途。",
    citations: [{ source: "tc-devstral", claim: "Devstral 专为编码设计" }],
  }),
  model("codestral", {
    name: "Codestral",
    family: "Codestral",
    category: "CODE",
    license: "NON_COMMERCIAL",
    licenseName: "禁止商业应用的许可证",
    openWeights: false,
    released: onDay("2024-05-29"),
    summary: "一种早期的代码生成 AI 模型，但其许可证禁止商业应用。",
    citations: [{ source: "tc-codestral", claim: "Mistral 首个用于代码的生成式 AI 模型" }],
  }),
  model("les-ministraux", {
    name: "Les Ministraux",
    family: "Les Ministraux",
    category: "EDGE",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: onDay("2024-10-16"),
    summary: "一系列针对手机等边缘设备优化的模型。",
    citations: [{ source: "tc-les-ministraux", claim: "针对边缘设备优化的新模型" }],
  }),
  model("mistral-saba", {
    name: "Mistral Saba",
    family: "Mistral Saba",
    category: "REGIONAL",
    license: "COMMERCIAL",
    licenseName: TOP_MODEL_LICENSE,
    openWeights: false,
    released: onDay("2025-02-17"),
    summary: "专注于阿拉伯语的区域模型。",
    citations: [{ source: "tc-mistral-saba", claim: "专注于阿拉伯语言和文化的区域模型" }],
  }),
  model("mistral-nemo", {
    name: "Mistral NeMo",
    family: "Mistral NeMo",
    category: "RESEARCH",
    license: "APACHE_2_0",
    licenseName: "Apache 2.0",
    openWeights: true,
    released: inMonth("2024-07"),
    summary:
      "免费的研究模型，与 Nvidia 合作构建，初创公司于 2024 年 7 月将其开源；免费模型根据 Apache 2.0 许可证提供权重访问权限。",
    collaborators: ["nvidia"],
    citations: [
      { source: "mistral-news-mistral-nemo", claim: "Mistral NeMo 与 Nvidia 合作构建并开源" },
      { source: "mistral-docs-models-overview", claim: "免费模型根据 Apache 2.0 许可证提供权重访问权限" },
      { source: "duohub-glossary-weights", claim: "权重的含义" },
    ],
  }),
] as const satisfies readonly SeedModel[];
