// Funding rounds. Money in minor units (cents); amountUsdMinor is the USD figure the story
// reports, never a conversion of ours. Valuations are as hedged as the story's ("当时的消息来源称",
// "据报道"): the summaries keep its words, and each hedged figure says so (`qualifiers`: 据报道 for
// "当时的消息来源称" and "据报道", 约 for "当时约为" and "按当时汇率计算约为"; June 2024's "估值为
// 60 亿美元" is plain). The A round is "仅六个月后" after June 2023: its month, 2023-12, is ours,
// worked out from those words, so it is 推算 with that basis. Microsoft's investment "被视为 A 轮融资
// 的延伸": that is how it is seen, not a stage the story gives it, so it has none. Its amount is
// the one its link reports, "1630 万美元的可转换投资"; the partnerships paragraph's "1500 万欧元的
// 投资", which no link backs, is its other value (alternative-values.ts). The story
// names no stage for June 2024's round ("6 亿欧元的股权和债务"), so it has none, nor a slug that
// names one (its old address, series-b-2024, redirects: lib/content/moved-entries.ts). The story
// says of what was raised only that it "包括一些债务融资，以及紧锣密鼓地完成的几轮股权融资", naming no
// round as equity: the seed and A rounds' instrument is unstated (未说明); the convertible's and
// June 2024's are the story's words ("可转换投资", "股权和债务").
import { inMonth } from "./dates";
import type { OrganizationSlug, PersonSlug, SeedInvestor, SeedRound } from "./types";

const lead = (organization: OrganizationSlug): SeedInvestor => ({ organization, isLead: true });
const org = (organization: OrganizationSlug): SeedInvestor => ({ organization, isLead: false });
const person = (slug: PersonSlug): SeedInvestor => ({ person: slug, isLead: false });

export const rounds = [
  {
    slug: "seed-2023",
    name: "种子轮融资",
    stage: "SEED",
    instrument: null,
    date: inMonth("2023-06"),
    amount: { minor: 11_200_000_000n, currency: "USD" },
    amountUsdMinor: 11_200_000_000n,
    valuation: { minor: 26_000_000_000n, currency: "USD" },
    qualifiers: {
      valuation: { qualifier: "REPORTED", words: "当时的消息来源称" },
    },
    summary:
      "早在 2023 年 6 月，甚至在其发布首个模型之前，Mistral AI 就完成了由 Lightspeed Venture Partners 领投的破纪录的 1.12 亿美元种子轮融资。当时的消息来源称，这轮种子轮融资——欧洲有史以来规模最大的一轮——对这家成立仅一个月的初创公司的估值为 2.6 亿美元。",
    investors: [
      lead("lightspeed-venture-partners"),
      org("bpifrance"),
      person("eric-schmidt"),
      org("exor-ventures"),
      org("first-minute-capital"),
      org("headline"),
      org("jcdecaux-holding"),
      org("la-famiglia"),
      org("localglobe"),
      org("motier-ventures"),
      person("rodolphe-saade"),
      org("sofina"),
      person("xavier-niel"),
    ],
    citations: [
      {
        source: "tc-seed-round",
        claim: "Mistral AI 就完成了由 Lightspeed Venture Partners 领投的破纪录的 1.12 亿美元种子轮融资",
      },
      {
        source: "ft-seed-round",
        claim:
          "当时的消息来源称，这轮种子轮融资——欧洲有史以来规模最大的一轮——对这家成立仅一个月的初创公司的估值为 2.6 亿美元",
      },
    ],
  },
  {
    slug: "series-a",
    name: "A 轮融资",
    stage: "SERIES_A",
    instrument: null,
    date: inMonth("2023-12"),
    amount: { minor: 38_500_000_000n, currency: "EUR" },
    amountUsdMinor: 41_500_000_000n,
    valuation: { minor: 200_000_000_000n, currency: "USD" },
    qualifiers: {
      date: { qualifier: "INFERRED", words: "仅六个月后", basis: "种子轮（2023 年 6 月）“仅六个月后”" },
      amountUsd: { qualifier: "APPROXIMATE", words: "当时约为 4.15 亿美元" },
      valuation: { qualifier: "REPORTED", words: "据报道估值为 20 亿美元" },
    },
    summary:
      "种子轮仅六个月后，Mistral AI 完成了 3.85 亿欧元的 A 轮融资（当时约为 4.15 亿美元），据报道估值为 20 亿美元。该轮融资由 Andreessen Horowitz (a16z) 领投，现有支持者 Lightspeed 以及 BNP Paribas、CMA-CGM、Conviction、Elad Gil、General Catalyst 和 Salesforce 也参与其中。",
    investors: [
      lead("andreessen-horowitz"),
      org("lightspeed-venture-partners"),
      org("bnp-paribas"),
      org("cma-cgm"),
      org("conviction"),
      person("elad-gil"),
      org("general-catalyst"),
      org("salesforce"),
    ],
    // The approximate USD figure is a claim of its own: an estimate beside a reported round.
    citations: [
      { source: "tc-series-a", claim: "该公司完成了 3.85 亿欧元的 A 轮融资……据报道估值为 20 亿美元" },
      { source: "tc-series-a", claim: "当时约为 4.15 亿美元" },
    ],
  },
  {
    slug: "microsoft-convertible-2024",
    // "这被视为 A 轮融资的延伸" is how it is seen, not its stage: the story states none (未说明), and
    // its name says no more; the summary keeps the story's words.
    name: "微软可转换投资",
    stage: null,
    instrument: "CONVERTIBLE",
    date: inMonth("2024-02"),
    amount: { minor: 1_630_000_000n, currency: "USD" },
    amountUsdMinor: 1_630_000_000n,
    valuation: null,
    qualifiers: {},
    summary:
      "微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系，并对其进行了 1630 万美元的可转换投资，这被视为 A 轮融资的延伸，意味着估值保持不变。2024 年 Mistral AI 与 Microsoft 达成的协议包括 1500 万欧元的投资。",
    investors: [org("microsoft")],
    // Microsoft's announcement is its own word; the rest is the story's report and reading.
    citations: [
      { source: "tc-microsoft-investment", claim: "微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系" },
      {
        source: "tc-microsoft-investment",
        claim: "并对其进行了 1630 万美元的可转换投资，这被视为 A 轮融资的延伸，意味着估值保持不变",
      },
    ],
  },
  {
    slug: "equity-and-debt-2024",
    name: "股权和债务融资",
    stage: null,
    instrument: "EQUITY_AND_DEBT",
    date: inMonth("2024-06"),
    amount: { minor: 60_000_000_000n, currency: "EUR" },
    amountUsdMinor: 64_000_000_000n,
    valuation: { minor: 600_000_000_000n, currency: "USD" },
    qualifiers: {
      amountUsd: { qualifier: "APPROXIMATE", words: "按当时汇率计算约为 6.4 亿美元" },
    },
    summary:
      "2024 年 6 月，Mistral AI 又筹集了 6 亿欧元的股权和债务（按当时汇率计算约为 6.4 亿美元）。这轮早有传闻的融资由 General Catalyst 领投，估值为 60 亿美元，包括思科、IBM、英伟达、三星 Venture Investment Corporation 等知名投资者参与。",
    investors: [
      lead("general-catalyst"),
      org("si-ke"),
      org("ibm"),
      org("nvidia"),
      org("san-xing-venture-investment-corporation"),
    ],
    // As for the A round: the converted USD figure is an estimate of its own.
    citations: [
      { source: "tc-equity-and-debt-2024", claim: "2024 年 6 月，Mistral AI 又筹集了 6 亿欧元的股权和债务" },
      { source: "tc-equity-and-debt-2024", claim: "按当时汇率计算约为 6.4 亿美元" },
      { source: "tc-equity-and-debt-2024-rumour", claim: "这轮早有传闻的融资" },
    ],
  },
] as const satisfies readonly SeedRound[];
