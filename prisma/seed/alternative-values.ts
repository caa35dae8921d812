// Facts for which the story itself states two values, in two places: both are shown, each with
// the link the story attaches to it, none picked for the reader. Only what the story says:
// figures read off a link's address (the seed round's "113m" in TechCrunch's) are never one.
//
// - Microsoft's investment: "1500 万欧元的投资" in the partnerships paragraph (the entries' own
//   amount) and "1630 万美元的可转换投资" in the funding paragraph, linked to TechCrunch.
// - The valuation of the June 2024 round: "估值为 60 亿美元" (the round's own) and, on the exit,
//   "近 60 亿美元估值", with no link and no exact figure ("近").
//
// The total raised, "约 10 亿欧元……按当前汇率计算约为 10.4 亿美元", is one figure and its
// conversion, not two claims: its entry shows both as its amount and its USD amount.
import type { SeedAlternativeValue } from "./types";

const microsoftInUsd = {
  field: "amount",
  value: "1630 万美元的可转换投资",
  amount: { minor: 1_630_000_000n, currency: "USD" },
  source: "tc-microsoft-investment",
  note: "",
} as const;

export const alternativeValues = [
  { subject: { kind: "ROUND", slug: "microsoft-convertible-2024" }, ...microsoftInUsd },
  { subject: { kind: "PARTNERSHIP", slug: "microsoft-azure" }, ...microsoftInUsd },
  {
    subject: { kind: "ROUND", slug: "series-b-2024" },
    field: "valuation",
    value: "近 60 亿美元估值",
    amount: null,
    source: null,
    note: "谈及退出之路时所说的公司估值",
  },
] as const satisfies readonly SeedAlternativeValue[];
