/** The kinds of entry the admin manages, in menu order; `key` is the URL segment. */
export const adminKindLinks = [
  { key: "models", label: "模型" },
  { key: "products", label: "产品" },
  { key: "funding", label: "融资轮次" },
  { key: "partnerships", label: "合作" },
  { key: "people", label: "人物" },
  { key: "organizations", label: "机构" },
  { key: "events", label: "事件" },
  { key: "sources", label: "来源" },
  { key: "explainers", label: "解读段落" },
] as const;
