// Mistral AI's models, as the story lists them. A release date only where the story gives one
// ("于 2024 年推出" → year, "于 2025 年 5 月发布" → month), never an article's day. Licence and open
// weights only where the story says: Devstral and the free models (Mistral NeMo) under Apache 2.0,
// Codestral under a licence that forbids commercial use; of the others it says neither, and never
// which models are the "top models" it mentions, so they stay unstated (UNSPECIFIED, null). A
// category only where the story says what a model is (Mistral Large 2: 主要的语言大模型); of
// Mistral Large it says none, and "最适合编码和 STEM 任务" of Mistral Medium 3 is what it suits,
// not what it is. A family only where the story names a series ("Pixtral 系列", Les Ministraux,
// "一系列……模型"); else none (未说明: the story never speaks of a "Mistral Large" series).
import { inMonth, inYear } from "./dates";
import type { SeedModel } from "./types";

type ModelInput = Omit<SeedModel, "slug" | "replaces" | "collaborators"> &
  Partial<Pick<SeedModel, "replaces" | "collaborators">>;

function model<Slug extends string>(slug: Slug, input: ModelInput) {
  return { slug, replaces: null, collaborators: [], ...input };
}

/** What the story does not say of a model's licence and weights: no name (pages say 未说明). */
const unstated = { license: "UNSPECIFIED", licenseName: "", openWeights: null } as const;

export const models = [
  model("mistral-large", {
    name: "Mistral Large",
    family: null,
    category: null,
    ...unstated,
    released: null,
    summary: "后被 Mistral Large 2 取代，后者是主要的语言大模型。",
    citations: [{ source: "tc-mistral-large", claim: "取代了 Mistral Large" }],
  }),
  model("mistral-large-2", {
    name: "Mistral Large 2",
    family: null,
    category: "GENERAL",
    ...unstated,
    released: null,
    summary: "Mistral AI 主要的语言大模型，取代了 Mistral Large。",
    replaces: "mistral-large",
    citations: [{ source: "tc-mistral-large-2", claim: "Mistral Large 2，主要的语言大模型" }],
  }),
  model("pixtral-large", {
    name: "Pixtral Large",
    family: "Pixtral",
    category: "MULTIMODAL",
    ...unstated,
    released: inYear("2024"),
    summary: "于 2024 年推出，是 Pixtral 系列多模态模型的新成员。",
    citations: [
      { source: "mistral-news-pixtral-large", claim: "Pixtral Large" },
      { source: "tc-pixtral-large-2024", claim: "于 2024 年推出" },
      { source: "tc-pixtral", claim: "Pixtral 系列多模态模型" },
    ],
  }),
  model("mistral-medium-3", {
    name: "Mistral Medium 3",
    family: null,
    category: null,
    ...unstated,
    released: inMonth("2025-05"),
    summary: "于 2025 年 5 月发布，承诺在不牺牲性能的情况下提供效率，最适合编码和 STEM 任务。",
    citations: [
      {
        source: "tc-mistral-medium-3",
        claim:
          "Mistral Medium 3，于 2025 年 5 月发布，承诺在不牺牲性能的情况下提供效率，最适合编码和 STEM 任务",
      },
    ],
  }),
  model("devstral", {
    name: "Devstral",
    family: null,
    category: "CODE",
    license: "APACHE_2_0",
    licenseName: "Apache 2.0",
    openWeights: true,
    released: null,
    summary:
      "一种专为编码设计的 AI 模型，并以 Apache 2.0 许可证公开提供，这意味着可以不受限制地用于商业用途。",
    citations: [
      { source: "tc-devstral", claim: "一种专为编码设计的 AI 模型，并以 Apache 2.0 许可证公开提供" },
    ],
  }),
  model("codestral", {
    name: "Codestral",
    family: null,
    category: "CODE",
    license: "NON_COMMERCIAL",
    licenseName: "禁止商业应用的许可证",
    openWeights: null,
    released: null,
    summary: "一种早期的代码生成 AI 模型，但其许可证禁止商业应用。",
    citations: [{ source: "tc-codestral", claim: "一种早期的代码生成 AI 模型，但其许可证禁止商业应用" }],
  }),
  model("les-ministraux", {
    name: "Les Ministraux",
    family: "Les Ministraux",
    category: "EDGE",
    ...unstated,
    released: null,
    summary: "一系列针对手机等边缘设备优化的模型。",
    citations: [{ source: "tc-les-ministraux", claim: "一系列针对手机等边缘设备优化的模型" }],
  }),
  model("mistral-saba", {
    name: "Mistral Saba",
    family: null,
    category: "REGIONAL",
    ...unstated,
    released: null,
    summary: "专注于阿拉伯语的模型。",
    citations: [{ source: "tc-mistral-saba", claim: "Mistral Saba，专注于阿拉伯语" }],
  }),
  model("mistral-nemo", {
    name: "Mistral NeMo",
    family: null,
    category: "RESEARCH",
    license: "APACHE_2_0",
    licenseName: "Apache 2.0",
    openWeights: true,
    released: inMonth("2024-07"),
    summary:
      "免费的研究模型，与 Nvidia 合作构建，初创公司于 2024 年 7 月将其开源；免费模型根据 Apache 2.0 许可证提供权重访问权限。",
    collaborators: ["nvidia"],
    citations: [
      {
        source: "mistral-news-mistral-nemo",
        claim: "Mistral NeMo，该模型是与 Nvidia 合作构建的，初创公司于 2024 年 7 月将其开源",
      },
      {
        source: "mistral-docs-models-overview",
        claim: "其免费模型……后者根据 Apache 2.0 许可证提供权重访问权限",
      },
    ],
  }),
] as const satisfies readonly SeedModel[];
