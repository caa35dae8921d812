import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "模型",
  adminName: "模型",
  fields: {
    family: "系列",
    familyHelp: "只填来源所说的系列（如“Pixtral 系列”）；来源没有说明时留空（未说明）。",
    license: "许可证",
    licenseName: "许可证名称（按来源写法）",
    openWeights: "开放权重",
    openWeightsHelp: "来源没有说明时选“未说明”。",
    released: "发布日期",
    replaces: "取代的模型",
    replacedBy: "被取代于",
    collaborators: "合作方",
  },
  enums: {
    modelCategory: {
      GENERAL: "语言大模型",
      MULTIMODAL: "多模态",
      CODE: "代码",
      EDGE: "边缘设备",
      REGIONAL: "特定语言",
      RESEARCH: "研究/免费模型",
    },
    modelLicense: {
      APACHE_2_0: "Apache 2.0",
      NON_COMMERCIAL: "禁止商业使用",
      COMMERCIAL: "商业许可",
      UNSPECIFIED: "未说明",
    },
  },
  feed: { scope: "模型", title: "Mistral AI 追踪：模型", description: "Mistral AI 新发布的模型，附来源。" },
});
