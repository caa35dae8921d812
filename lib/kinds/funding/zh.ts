import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "融资",
  adminName: "融资轮次",
  fields: {
    stage: "轮次",
    instrument: "类型",
    valuation: "估值",
    investors: "投资方",
  },
  enums: {
    roundStage: {
      SEED: "种子轮",
      SERIES_A: "A 轮",
      SERIES_A_EXTENSION: "A 轮延伸",
      SERIES_B: "B 轮",
      OTHER: "其他",
    },
    instrument: {
      EQUITY: "股权",
      CONVERTIBLE: "可转换投资",
      EQUITY_AND_DEBT: "股权与债务",
      DEBT: "债务",
    },
  },
  feed: {
    scope: "融资",
    title: "Mistral AI 追踪：融资",
    description: "Mistral AI 的各轮融资：金额、估值与投资方，附来源。",
  },
});
