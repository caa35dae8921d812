import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "合作",
  adminName: "合作",
  fields: {
    partners: "合作方",
  },
  enums: {
    partnershipCategory: {
      CLOUD: "云与分发",
      CONTENT: "内容与媒体",
      PUBLIC_SECTOR: "公共部门",
      DEFENCE: "国防",
      INDUSTRY: "产业",
      TECHNOLOGY: "技术",
      INFRASTRUCTURE: "基础设施",
    },
  },
  feed: {
    scope: "合作",
    title: "Mistral AI 追踪：合作",
    description: "Mistral AI 的合作伙伴关系与协议，附来源。",
  },
});
