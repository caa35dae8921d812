import { zhHtmlLang, zhSite } from "@/lib/i18n/zh-site";
import { zhUnavailable } from "@/lib/i18n/zh-unavailable";

/** Every reader-facing string of the site, in Chinese. English later is a second file of this shape. */
export const zh = {
  locale: "zh-CN",
  htmlLang: zhHtmlLang,
  site: zhSite,
  nav: {
    label: "主导航",
    home: "概览",
    timeline: "时间线",
    models: "模型",
    products: "产品",
    funding: "融资",
    partnerships: "合作",
    people: "人物",
    sources: "来源",
  },
  feeds: {
    rss: "RSS 订阅",
    atom: "Atom 订阅",
    json: "JSON Feed 订阅",
    byKind: "分类订阅（RSS）",
    /** The OPML file listing every feed, and its outlines. */
    opml: {
      title: "Mistral AI 追踪：全部订阅",
      link: "全部订阅（OPML）",
      site: "全站",
      byKind: "分类订阅",
      changes: "修改记录",
      entries: "条目订阅",
    },
    unavailable: "订阅暂时无法生成：数据库暂时无法连接，请稍后重试。",
    channels: {
      site: {
        title: "Mistral AI 追踪：最新动态",
        description: "Mistral AI 的最新模型、产品、融资、合作与事件，附来源。",
      },
    },
  },
  common: {
    sources: "来源",
    source: "来源",
    cites: "引用于",
    date: "日期",
    unknownDate: "日期未详",
    none: "暂无",
    readMore: "详情",
    backTo: "返回",
    yes: "是",
    no: "否",
    /** A fact the sources do not state. */
    unspecified: "未说明",
    all: "全部",
    filter: "筛选",
    apply: "应用",
    reset: "清除筛选",
    previous: "上一页",
    next: "下一页",
    page: (page: number, total: number) => `第 ${page} / ${total} 页`,
    results: (count: number) => `共 ${count} 条`,
    reportedAs: "按报道",
  },
  home: {
    title: "Mistral AI 概览",
    snapshot: "速览",
    founded: "成立",
    headquarters: "总部",
    /** The total raised as the sources state it (an event), before any sum of ours. */
    totalRaised: "累计融资（来源所说）",
    latestValuation: "最新估值",
    counts: "收录",
    latest: "最新动态",
    explainer: "Mistral AI 是怎样一家公司",
    allTimeline: "查看完整时间线",
  },
  timeline: {
    title: "时间线",
    intro: "按时间倒序排列的所有事件：模型发布、产品、融资、合作及其他。",
    kind: "类型",
    year: "年份",
    yearOption: (year: number) => `${year} 年`,
    empty: "没有符合条件的条目。",
  },
  models: {
    title: "模型",
    intro: "Mistral AI 发布的模型目录：系列、发布时间、类别、许可证与是否开放权重。",
    released: "发布",
    replaces: "取代",
    empty: "没有符合条件的模型。",
  },
  products: {
    title: "产品",
    intro: "Le Chat 助手、API 与免费层级、OCR 等产品。",
    launched: "推出",
    per: { month: "每月", year: "每年" } as Record<string, string>,
  },
  funding: {
    title: "融资",
    intro: "Mistral AI 的历轮融资：金额、币种、按报道的美元金额、估值、工具类型与投资方。",
    round: "轮次",
    lead: "领投",
    otherInvestors: "其他投资方",
    totals: "合计",
    /** The sources' own total, first. */
    reportedTotal: "累计融资（来源所说）",
    asOf: (date: string) => `截至 ${date}`,
    reportedTotalEntry: "查看该条目",
    /** Our sums, never the sources' word: labelled as ours, with what they add up. */
    computedTotal: "本站按已披露轮次合计（推算）",
    computedNote:
      "以下是本站把各轮已披露的金额相加所得，并非来源的说法，可能与来源所说的累计融资不同；各币种分开相加，不作换算。",
    totalIn: (currency: string) => `以${currency}计的轮次合计`,
    totalUsd: "按报道美元金额合计",
    includes: (rounds: string) => `计入：${rounds}`,
    qualifiedParts: (parts: string) => `其中：${parts}`,
    qualifiedPart: (round: string, word: string) => `${round}（${word}）`,
    leftOut: (rounds: string) => `未计入（没有美元金额）：${rounds}`,
    /** Whose valuation the latest is, and when. */
    valuationOf: (round: string, date: string) => `${round}，${date}`,
    chart: "累计融资与估值",
    chartDescription: (raised: string, valuation: string) =>
      `累计融资（各轮报道的美元金额相加，本站推算）增至 ${raised}；最新估值 ${valuation}。`,
    cumulative: "累计融资（各轮报道的美元金额相加，本站推算）",
    chartLeftOut: (rounds: string) => `未计入：${rounds}（没有美元金额）`,
  },
  partnerships: {
    title: "合作",
    intro: "Mistral AI 的合作伙伴与交易：对象、时间、类别、内容与涉及金额。",
    money: "涉及金额",
  },
  people: {
    title: "人物",
    intro: "创始人、顾问、董事会成员与个人投资者。",
  },
  organizations: {
    rounds: "参与的融资",
    deals: "合作",
    models: "合作模型",
  },
  sources: {
    title: "来源",
    intro: "本站引用的全部来源，以及引用它们的条目。",
    publisher: "发布方",
    published: "发布日期",
    moreCiters: (count: number) => `等，共 ${count} 条`,
    /** A source's copy in a web archive, linked beside the source. */
    archive: "存档",
    /** The archived copy's link as heard, naming its source. */
    archiveOf: (source: string) => `存档：${source}`,
    /** Before the day an editor last checked the source. */
    checkedOn: "核对于 ",
  },
  openData: {
    downloadCsv: "下载 CSV",
    leadMark: "（领投）",
    columns: {
      slug: "网址标识",
      currency: "币种",
      /** The currency of a figure other than the amount, e.g. "估值币种". */
      currencyOf: (header: string) => `${header}币种`,
      lead: "领投方",
      sourcesWithStatus: "来源及说法状态",
      page: "页面",
      /** A date's ISO 8601 column beside the date as shown, e.g. "发布日期（ISO 8601）". */
      iso: (header: string) => `${header}（ISO 8601）`,
    },
  },
  search: {
    title: "搜索",
    intro: (kinds: readonly string[]) => `在${kinds.slice(0, -1).join("、")}和${kinds.at(-1)}中查找。`,
    formLabel: "站内搜索",
    inputLabel: "搜索关键词",
    placeholder: "搜索模型、融资、人物…",
    submit: "搜索",
    resultsTitle: (query: string) => `“${query}”的搜索结果`,
    prompt: "请输入要搜索的内容，例如“融资”或“Mistral Large”。",
    hint: "多个关键词用空格分隔，结果须包含全部关键词；不区分英文大小写。",
    truncated: (max: number) => `搜索词超过 ${max} 个字符，只搜索了前 ${max} 个字符。`,
    total: (count: number) => `共找到 ${count} 条结果`,
    none: (query: string) => `没有找到与“${query}”相关的内容。`,
    noneHint: "可以换个说法，或减少关键词。",
    groups: "按类型查看",
    groupCount: (count: number) => `${count} 条`,
    showing: (shown: number, count: number) => `显示前 ${shown} 条，共 ${count} 条；添加关键词可缩小范围。`,
  },
  cite: {
    summary: "引用本页",
    /** The access date in the citations is the day the page was made, which a cache may serve later. */
    accessed: (date: string) =>
      `以下引用中的访问日期是本页生成的日期（北京时间 ${date}）；如在其他日期阅读，请改为你的访问日期。`,
    formats: {
      gbt7714: "GB/T 7714-2015",
      apa: "APA（第 7 版）",
      bibtex: "BibTeX（biblatex）",
    },
  },
  actions: {
    unauthenticated: "请先登录。",
    forbidden: "你的账号没有执行此操作的权限。",
    invalid: "请修正标出的字段后再保存。",
    unexpected: "保存时出现意外错误，你的输入已保留，请稍后重试。",
    databaseUnavailable: "数据库暂时无法连接，你填写的内容已保留，请稍后重试。",
  },
  unavailable: zhUnavailable,
  notFound: {
    title: "找不到该页面",
    body: "你要找的页面不存在，或已被移除。",
    home: "返回首页",
  },
  enums: {
    /** Short, as badges beside each source: text, so it reads without colour. */
    claimStatus: {
      CONFIRMED: "公司确认",
      REPORTED: "媒体报道",
      RUMORED: "传闻",
      ESTIMATED: "估算",
    },
    /** How a figure stands in its source, shown with it: "约 4.15 亿美元", "2023年12月（推算）". */
    figureQualifier: {
      APPROXIMATE: "约",
      REPORTED: "据报道",
      INFERRED: "推算",
    },
  },
} as const;

export type Dictionary = typeof zh;
