// Everything else that is dated: milestones, money, regulators, statements.
import { inMonth, inYear, onDay } from "./dates";
import type { SeedEvent } from "./types";

type EventInput = Omit<SeedEvent, "slug" | "amount" | "amountUsdMinor"> &
  Partial<Pick<SeedEvent, "amount" | "amountUsdMinor">>;

function event<Slug extends string>(slug: Slug, input: EventInput) {
  return { slug, amount: null, amountUsdMinor: null, ...input };
}

export const events = [
  event("series-b-rumoured", {
    title: "消息称 Mistral AI 正以 60 亿美元估值融资",
    kind: "FINANCIAL",
    date: onDay("2024-05-09"),
    summary:
      "在 2024 年 6 月的 B 轮融资完成之前，这轮融资早有传闻：据消息来源称，Mistral AI 正以 60 亿美元的估值融资。",
    citations: [{ source: "tc-series-b-rumour", claim: "消息称 Mistral AI 以 60 亿美元估值融资" }],
  }),
  event("eu-criticism-microsoft-deal", {
    title: "微软与 Mistral AI 的交易引发欧盟批评",
    kind: "REGULATORY",
    date: onDay("2024-02-27"),
    summary: "Mistral AI 与 Microsoft 的协议引发了欧盟的一些批评。",
    citations: [
      {
        source: "euronews-eu-critics-microsoft-deal",
        claim: "批评者质疑微软与 Mistral AI 的交易，欧盟准备对此进行调查",
      },
    ],
  }),
  event("uk-cma-clears-microsoft-deal", {
    title: "英国 CMA 认定微软与 Mistral AI 的交易不符合调查资格",
    kind: "REGULATORY",
    date: onDay("2024-05-17"),
    summary:
      "英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，微软与 Mistral AI 的交易不符合调查资格。",
    citations: [{ source: "tc-uk-cma-microsoft-stake", claim: "微软对 Mistral AI 的持股免于英国反垄断审查" }],
  }),
  event("davos-not-for-sale", {
    title: "Mensch 在达沃斯表示 Mistral “不待售”，计划 IPO",
    kind: "STATEMENT",
    date: inMonth("2025-01"),
    summary:
      "Mensch 在 2025 年 1 月的达沃斯世界经济论坛上表示，Mistral “不待售”，“当然，[首次公开募股]是计划。”考虑到这家初创公司迄今为止的融资规模，这是有道理的：即使是大规模出售，也可能无法为其投资者提供足够高的回报倍数。",
    citations: [{ source: "tc-ipo-plans", claim: "Mistral AI 计划 IPO，不待售" }],
  }),
  event("le-chat-pro-plan", {
    title: "Le Chat 推出 Pro 计划，定价每月 14.99 美元",
    kind: "MILESTONE",
    date: inMonth("2025-02"),
    summary:
      "Le Chat 的 Pro 计划于 2025 年 2 月推出，定价为每月 14.99 美元，Mistral AI 计划从 Le Chat 的付费层级中获得一些收入。",
    citations: [{ source: "tc-le-chat-mobile-apps", claim: "Pro 计划定价为每月 14.99 美元" }],
  }),
  event("bpifrance-10b-ai-plan", {
    title: "Bpifrance 计划到 2029 年向法国 AI 生态系统投资 100 亿欧元",
    kind: "FINANCIAL",
    date: onDay("2025-02-07"),
    summary: "法国国有投资银行 Bpifrance 宣布，计划到 2029 年向法国 AI 生态系统投资 100 亿欧元。",
    amount: { minor: 1_000_000_000_000n, currency: "EUR" },
    citations: [
      { source: "tc-bpifrance-10b", claim: "Bpifrance 将在 2029 年前向法国 AI 生态系统投资 100 亿欧元" },
    ],
  }),
  event("paris-ai-summit-partnerships", {
    title: "巴黎 AI 峰会期间重点介绍多项战略合作伙伴关系",
    kind: "OTHER",
    date: onDay("2025-02-10"),
    summary:
      "Mistral AI 的一些战略合作伙伴关系在巴黎 AI 峰会期间重点介绍过；该公司可能从其战略合作伙伴关系中获得很大一部分收入。",
    citations: [{ source: "tc-gets-down-to-business", claim: "巴黎 AI 峰会期间重点介绍的商业合作" }],
  }),
  event("le-chat-1m-downloads", {
    title: "Le Chat 两周内下载量达 100 万次，登顶法国 iOS App Store 免费榜",
    kind: "MILESTONE",
    date: inMonth("2025-02"),
    summary:
      "在移动版本发布后的两周内，Le Chat 达到了 100 万次下载，甚至在 iOS App Store 上占据了法国免费下载榜首。",
    citations: [{ source: "tc-le-chat-1m-downloads", claim: "Le Chat 在 14 天内下载量突破 100 万次" }],
  }),
  event("total-raised-1b-eur", {
    title: "Mistral AI 累计融资约 10 亿欧元",
    kind: "FINANCIAL",
    date: inMonth("2025-02"),
    summary:
      "截至 2025 年 2 月，Mistral AI 迄今已筹集约 10 亿欧元资金，按当前汇率计算约为 10.4 亿美元。这包括一些债务融资，以及紧锣密鼓地完成的几轮股权融资。",
    amount: { minor: 100_000_000_000n, currency: "EUR" },
    amountUsdMinor: 104_000_000_000n,
    // The story's total has no link of its own: the rounds that make it up are cited.
    citations: [
      { source: "tc-seed-round", claim: "2023 年 6 月种子轮融资" },
      { source: "tc-series-a", claim: "2023 年 12 月 A 轮融资" },
      { source: "tc-microsoft-investment", claim: "2024 年 2 月微软可转换投资" },
      { source: "tc-series-b", claim: "2024 年 6 月股权和债务融资" },
    ],
  }),
  event("revenue-eight-figures", {
    title: "据报道 Mistral AI 收入仍处于八位数范围",
    kind: "FINANCIAL",
    date: inYear("2025"),
    summary:
      "据多个消息来源称，总体而言，Mistral AI 的收入据报道仍处于八位数范围。彻底消除挥之不去的收购传言的唯一方法，是将收入规模扩大到能够勉强证明其近 60 亿美元估值的水平。",
    // The story gives no link for the revenue figure; these are the sources of its
    // "how does Mistral make money" and "exit" sections.
    citations: [
      { source: "tc-gets-down-to-business", claim: "Mistral AI 的商业化与收入来源" },
      { source: "tc-ipo-plans", claim: "收购传言与 IPO 计划" },
    ],
  }),
] as const satisfies readonly SeedEvent[];
