import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "产品",
  adminName: "产品",
  fields: {
    launched: "推出日期",
    platforms: "平台",
    price: "价格",
    pricePeriod: "计费周期",
  },
  enums: {
    productCategory: {
      ASSISTANT: "聊天助手",
      API: "API",
      DOCUMENT_AI: "文档 AI",
      OTHER: "其他",
    },
  },
});
