/**
 * The names of the fields every kind may have, keyed by field, in Chinese: one truth for the admin's
 * forms, the public pages' labels, the CSV files' headers and the change log. A field only one kind
 * has is named in that kind's words (lib/kinds/<kind>/zh.ts).
 */
export const zhFields = {
  name: "名称",
  title: "标题",
  slug: "网址标识（slug）",
  slugHelp: "只用小写字母、数字和连字符，例如 mistral-large-2；决定公开页面的网址。",
  category: "类别",
  date: "日期",
  summary: "简介（Markdown）",
  description: "介绍（Markdown）",
  position: "排序（越小越靠前）",
  amount: "金额",
  amountUsd: "美元金额（按报道）",
  citations: "来源",
  citationsHelp:
    "说法状态按原话定，不看链接的网址或发布方：原话说某方“宣布”“表示”且未加“据……”“被视为”之类的转述时为公司确认；链接落在“传闻”上为传闻；数字带“约”或按汇率换算为估算；其余为媒体报道。",
  alternativeValues: "其他说法",
  alternativeValuesHelp:
    "来源对某个字段给出不同的值时，逐条记下，公开页面会把它们与该字段的值并列显示，不替读者取舍。只记来源原话里的说法；原文未附链接时来源留空。",
  status: "状态",
  publishedAt: "发布时间",
};
