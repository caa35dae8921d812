import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "事件",
  adminName: "事件",
  fields: {
    kind: "类别",
    eventDateHelp: "只填来源给出的日期；来源没有给出时留空，该事件就不出现在时间线和订阅中。",
  },
  enums: {
    eventKind: {
      MILESTONE: "里程碑",
      FINANCIAL: "财务",
      REGULATORY: "监管",
      STATEMENT: "表态",
      OTHER: "其他",
    },
  },
  feed: { scope: "事件", title: "Mistral AI 追踪：事件", description: "Mistral AI 的里程碑与大事，附来源。" },
});
