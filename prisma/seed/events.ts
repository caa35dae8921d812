// Everything else the story tells: milestones, money, regulators, statements. Dated only where
// the story says when ("2025 年 1 月"); an event it does not date has no date (its page only, not
// the timeline), never the day of the article it links to. Cited only where the story links.
import { inMonth } from "./dates";
import type { SeedEvent } from "./types";

type EventInput = Omit<SeedEvent, "slug" | "amount" | "amountUsdMinor" | "qualifiers"> &
  Partial<Pick<SeedEvent, "amount" | "amountUsdMinor" | "qualifiers">>;

function event<Slug extends string>(slug: Slug, input: EventInput) {
  return { slug, amount: null, amountUsdMinor: null, qualifiers: {}, ...input };
}

export const events = [
  // The story names no stage for the round (the old address redirects).
  event("equity-and-debt-2024-rumoured", {
    title: "Mistral AI 2024 年 6 月的融资早有传闻",
    kind: "FINANCIAL",
    date: null,
    summary:
      "2024 年 6 月，Mistral AI 又筹集了 6 亿欧元的股权和债务（按当时汇率计算约为 6.4 亿美元）。这轮融资早有传闻。",
    citations: [{ source: "tc-equity-and-debt-2024-rumour", claim: "这轮早有传闻的融资" }],
  }),
  event("eu-criticism-microsoft-deal", {
    title: "微软与 Mistral AI 的交易引发欧盟的一些批评",
    kind: "OTHER",
    date: null,
    summary: "Mistral AI 与 Microsoft 达成的协议引发了欧盟的一些批评。",
    citations: [{ source: "euronews-eu-critics-microsoft-deal", claim: "然而，它也引发了欧盟的一些批评" }],
  }),
  event("uk-cma-microsoft-deal-not-eligible", {
    title: "英国 CMA 认定微软与 Mistral AI 的交易不符合调查资格",
    kind: "REGULATORY",
    date: null,
    summary:
      "英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，微软与 Mistral AI 的交易不符合调查资格。",
    citations: [
      {
        source: "tc-uk-cma-microsoft-deal",
        claim: "英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，该交易不符合调查资格",
      },
    ],
  }),
  event("davos-not-for-sale", {
    title: 'Mensch 在达沃斯表示 Mistral "不待售"，“当然，[首次公开募股]是计划”',
    kind: "STATEMENT",
    date: inMonth("2025-01"),
    summary:
      'Mensch 在 2025 年 1 月的达沃斯世界经济论坛上表示，Mistral "不待售，" “当然，[首次公开募股]是计划。”考虑到这家初创公司迄今为止的融资规模，这是有道理的：即使是大规模出售，也可能无法为其投资者提供足够高的回报倍数，更不用说取决于收购方的所有权问题。',
    citations: [
      {
        source: "tc-ipo-plans",
        claim:
          'Mensch 在 2025 年 1 月的达沃斯世界经济论坛上表示，Mistral "不待售，" “当然，[首次公开募股]是计划。”',
      },
    ],
  }),
  event("le-chat-pro-plan", {
    title: "Le Chat 推出 Pro 计划，定价每月 14.99 美元",
    kind: "MILESTONE",
    date: inMonth("2025-02"),
    summary:
      "Le Chat 的 Pro 计划于 2025 年 2 月推出，定价为每月 14.99 美元，Mistral AI 计划从 Le Chat 的付费层级中获得一些收入。",
    // The story gives no link for the Pro plan.
    citations: [],
  }),
  event("paris-ai-summit-partnerships", {
    title: "巴黎 AI 峰会期间重点介绍了一些战略合作伙伴关系",
    kind: "OTHER",
    date: null,
    summary:
      "Mistral AI 可能还从其战略合作伙伴关系中获得很大一部分收入，其中一些合作伙伴关系在巴黎 AI 峰会期间重点介绍过。",
    citations: [{ source: "tc-paris-ai-summit", claim: "其中一些合作伙伴关系在巴黎 AI 峰会期间重点介绍过" }],
  }),
  event("le-chat-1m-downloads", {
    title: "Le Chat 两周内下载量达 100 万次，登顶法国 iOS App Store 免费榜",
    kind: "MILESTONE",
    date: null,
    summary:
      "在移动版本发布后的两周内，Le Chat 达到了 100 万次下载，甚至在 iOS App Store 上占据了法国免费下载榜首。",
    citations: [
      {
        source: "tc-le-chat-1m-downloads",
        claim:
          "在移动版本发布后的两周内，它达到了 100 万次下载，甚至在 iOS App Store 上占据了法国免费下载榜首",
      },
    ],
  }),
  event("total-raised", {
    title: "Mistral AI 累计融资约 10 亿欧元",
    kind: "FINANCIAL",
    date: inMonth("2025-02"),
    summary:
      "截至 2025 年 2 月，Mistral AI 迄今已筹集约 10 亿欧元资金，按当前汇率计算约为 10.4 亿美元。这包括一些债务融资，以及紧锣密鼓地完成的几轮股权融资。",
    amount: { minor: 100_000_000_000n, currency: "EUR" },
    amountUsdMinor: 104_000_000_000n,
    // Both the story's: "约 10 亿欧元", "按当前汇率计算约为 10.4 亿美元".
    qualifiers: {
      amount: { qualifier: "APPROXIMATE", words: "约 10 亿欧元" },
      amountUsd: { qualifier: "APPROXIMATE", words: "按当前汇率计算约为 10.4 亿美元" },
    },
    // The story gives no link for its total; the rounds' articles are cited by the rounds. The
    // story's own article is not one of the seed's sources (./sources.ts: its links only), so the
    // total stays uncited rather than cite a link that does not say it.
    citations: [],
  }),
  event("revenue-reported", {
    title: "据报道 Mistral AI 收入仍处于八位数范围",
    kind: "FINANCIAL",
    date: null,
    summary:
      "据多个消息来源称，总体而言，Mistral AI 的收入据报道仍处于八位数范围。彻底消除挥之不去的收购传言的唯一方法，是将收入规模扩大到能够勉强证明其近 60 亿美元估值的水平。",
    // The story names no source for the figure: "据多个消息来源称" links nowhere.
    citations: [],
  }),
] as const satisfies readonly SeedEvent[];
