// Facts for which the story itself states two values, in two places: both are shown, each with
// the link the story attaches to it, none picked for the reader. Only what the story says:
// figures read off a link's address (the seed round's "113m" in TechCrunch's) are never one.
//
// - Microsoft's investment: "1500 万欧元的投资" in the partnerships paragraph, with no link, and
//   "1630 万美元的可转换投资" in the funding paragraph, linked to TechCrunch. Each entry's amount is
//   its own paragraph's (the partnership's 1500 万欧元, the convertible round's 1630 万美元) and the
//   other paragraph's is its other value.
//
// "近 60 亿美元估值" on the exit is the company's valuation as the story looks ahead, not another
// value of the June 2024 round's: it stays in that paragraph's entry, not here.
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
  {
    subject: { kind: "ROUND", slug: "microsoft-convertible-2024" },
    field: "amount",
    value: "1500 万欧元的投资",
    amount: { minor: 1_500_000_000n, currency: "EUR" },
    source: null,
    note: "",
  },
  { subject: { kind: "PARTNERSHIP", slug: "microsoft-azure" }, ...microsoftInUsd },
] as const satisfies readonly SeedAlternativeValue[];
