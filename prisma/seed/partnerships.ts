// Partnerships. A date only where the story or the link gives one.
import { inMonth } from "./dates";
import type { SeedPartnership } from "./types";

const STRATEGIC = "Mistral AI 达成的战略合作伙伴关系之一。";

export const partnerships = [
  {
    slug: "microsoft-azure",
    title: "与 Microsoft 的战略合作：通过 Azure 分发模型",
    category: "CLOUD",
    date: inMonth("2024-02"),
    summary:
      "2024 年，Mistral AI 与 Microsoft 达成协议，其中包括通过 Microsoft 的 Azure 平台分发其 AI 模型的战略合作伙伴关系以及 1500 万欧元的投资。英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，该交易不符合调查资格；然而，它也引发了欧盟的一些批评。",
    amount: { minor: 1_500_000_000n, currency: "EUR" },
    partners: ["microsoft"],
    citations: [
      {
        source: "tc-microsoft-investment",
        claim: "微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系并进行投资",
      },
      { source: "tc-uk-cma-microsoft-stake", claim: "英国 CMA 认为该交易不符合调查资格" },
      { source: "euronews-eu-critics-microsoft-deal", claim: "该交易引发了欧盟的一些批评" },
    ],
  },
  {
    slug: "afp",
    title: "与法新社的内容协议",
    category: "CONTENT",
    date: inMonth("2025-01"),
    summary:
      "2025 年 1 月，Mistral AI 与法新社签署了一项协议，允许 Le Chat 查询法新社自 1983 年以来的整个文本档案。",
    amount: null,
    partners: ["afp"],
    citations: [{ source: "tc-afp-deal", claim: "与法新社签署协议，在 Le Chat 中提供最新的答案" }],
  },
  {
    slug: "french-army",
    title: "与法国军队的战略合作",
    category: "DEFENCE",
    date: null,
    summary: `${STRATEGIC}Mistral AI 成为法国军队新的技术资产。`,
    amount: null,
    partners: ["french-army"],
    citations: [{ source: "numerama-armee-francaise", claim: "Mistral AI 成为法国军队新的技术资产" }],
  },
  {
    slug: "france-travail",
    title: "与法国就业机构合作开发 AI 工具",
    category: "PUBLIC_SECTOR",
    date: inMonth("2025-02"),
    summary: `${STRATEGIC}Mistral AI 与法国政府的求职者服务机构联手开发 AI 工具。`,
    amount: null,
    partners: ["france-travail"],
    citations: [
      { source: "euronews-jobseeker-agency", claim: "Mistral 与法国政府求职者机构联手开发 AI 工具" },
    ],
  },
  {
    slug: "cma-cgm",
    title: "与航运巨头 CMA CGM 的战略合作",
    category: "INDUSTRY",
    date: null,
    summary: `${STRATEGIC}航运巨头 CMA CGM 集团采用与 Mistral AI 定制设计的 AI 解决方案。`,
    amount: null,
    partners: ["cma-cgm"],
    citations: [{ source: "cma-cgm-custom-ai-solutions", claim: "CMA CGM 集团采用定制设计的 AI 解决方案" }],
  },
  {
    slug: "helsing",
    title: "与 Helsing 的国防 AI 战略合作",
    category: "DEFENCE",
    date: null,
    summary: `${STRATEGIC}Mistral AI 与德国国防科技初创公司 Helsing 宣布在国防 AI 领域建立战略合作伙伴关系。`,
    amount: null,
    partners: ["helsing"],
    citations: [
      { source: "helsing-defence-ai-partnership", claim: "宣布在国防 AI 领域建立战略合作伙伴关系" },
    ],
  },
  {
    slug: "ibm",
    title: "与 IBM 的战略合作",
    category: "TECHNOLOGY",
    date: null,
    summary: `${STRATEGIC}IBM 推出 Mistral AI 的模型。`,
    amount: null,
    partners: ["ibm"],
    citations: [{ source: "ibm-launches-mistral-ai", claim: "IBM 推出 Mistral AI" }],
  },
  {
    slug: "orange",
    title: "与 Orange 的战略合作",
    category: "TECHNOLOGY",
    date: null,
    summary: `${STRATEGIC}Orange 与 Mistral AI 联手加速欧洲的人工智能发展。`,
    amount: null,
    partners: ["orange"],
    citations: [{ source: "orange-mistral-join-forces", claim: "联手加速欧洲人工智能发展" }],
  },
  {
    slug: "stellantis",
    title: "与 Stellantis 加强战略合作",
    category: "INDUSTRY",
    date: inMonth("2025-02"),
    summary: `${STRATEGIC}2025 年 2 月，Stellantis 与 Mistral AI 加强战略合作伙伴关系，以改善客户体验、车辆开发和制造。`,
    amount: null,
    partners: ["stellantis"],
    citations: [
      {
        source: "stellantis-strategic-partnership",
        claim: "加强战略合作伙伴关系以改善客户体验、车辆开发和制造",
      },
    ],
  },
  {
    slug: "paris-ai-campus",
    title: "在巴黎地区创建 AI 园区的合资企业",
    category: "INFRASTRUCTURE",
    date: inMonth("2025-05"),
    summary:
      "2025 年 5 月，Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区，作为与阿联酋投资公司 MGX、NVIDIA 和法国国有投资银行 Bpifrance 的合资企业的一部分。",
    amount: null,
    partners: ["mgx", "nvidia", "bpifrance"],
    citations: [
      { source: "linkedin-ai-campus", claim: "宣布在巴黎地区创建 AI 园区" },
      { source: "tc-bpifrance-10b", claim: "Bpifrance 是法国国有投资银行" },
    ],
  },
] as const satisfies readonly SeedPartnership[];
