// Partnerships. A date only where the story gives one; of most strategic partnerships the story
// says only that they exist ("达成了战略合作伙伴关系"), and their links' addresses are not read for
// more (no dates, no titles, no aims). A category only where the story says what the deal is or
// who the partner is (an army, a defence start-up, an archive); else none (未说明). Of
// Microsoft's it says "通过 Microsoft 的 Azure 平台分发其 AI 模型", never that Azure is a cloud: none;
// of the campus, "在巴黎地区创建一个 AI 园区", never what it is for: none.
import { inMonth } from "./dates";
import type { SeedPartnership } from "./types";

export const partnerships = [
  {
    slug: "microsoft-azure",
    title: "与 Microsoft 的战略合作：通过 Azure 分发模型",
    category: null,
    date: inMonth("2024-02"),
    summary:
      "2024 年，Mistral AI 与 Microsoft 达成协议，其中包括通过 Microsoft 的 Azure 平台分发其 AI 模型的战略合作伙伴关系以及 1500 万欧元的投资。微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系。英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，该交易不符合调查资格；然而，它也引发了欧盟的一些批评。",
    amount: { minor: 1_500_000_000n, currency: "EUR" },
    qualifiers: {},
    partners: ["microsoft"],
    citations: [
      { source: "tc-microsoft-investment", claim: "微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系" },
      {
        source: "tc-uk-cma-microsoft-deal",
        claim: "英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，该交易不符合调查资格",
      },
      { source: "euronews-eu-critics-microsoft-deal", claim: "然而，它也引发了欧盟的一些批评" },
    ],
  },
  {
    // Named as the story names the partner, 法新社 (the old address, /partnerships/afp, redirects).
    slug: "fa-xin-she",
    title: "与法新社的协议",
    category: "CONTENT",
    date: inMonth("2025-01"),
    summary:
      "2025 年 1 月，Mistral AI 与法新社签署了一项协议，允许 Chat 查询法新社自 1983 年以来的整个文本档案。",
    amount: null,
    qualifiers: {},
    partners: ["fa-xin-she"],
    citations: [
      {
        source: "tc-fa-xin-she-deal",
        claim:
          "2025 年 1 月，Mistral AI 与法新社签署了一项协议，允许 Chat 查询法新社自 1983 年以来的整个文本档案",
      },
    ],
  },
  {
    slug: "french-army",
    title: "与法国军队的战略合作",
    category: "DEFENCE",
    date: null,
    summary: "Mistral AI 与法国军队达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["french-army"],
    citations: [
      { source: "numerama-armee-francaise", claim: "Mistral AI 还与法国军队……达成了战略合作伙伴关系" },
    ],
  },
  {
    slug: "french-employment-agency",
    title: "与法国就业机构的战略合作",
    category: null,
    date: null,
    summary: "Mistral AI 与法国就业机构达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["french-employment-agency"],
    citations: [
      {
        source: "euronews-employment-agency",
        claim: "Mistral AI 还与法国军队和就业机构……达成了战略合作伙伴关系",
      },
    ],
  },
  {
    slug: "cma",
    title: "与航运巨头 CMA 的战略合作",
    category: null,
    date: null,
    summary: "Mistral AI 与航运巨头 CMA 达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["cma"],
    citations: [
      {
        source: "cma-partnership",
        claim: "Mistral AI 还与……航运巨头 CMA……达成了战略合作伙伴关系",
      },
    ],
  },
  {
    slug: "helsing",
    title: "与 Helsing 的战略合作",
    category: "DEFENCE",
    date: null,
    summary: "Mistral AI 与德国国防科技初创公司 Helsing 达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["helsing"],
    citations: [
      {
        source: "helsing-partnership",
        claim: "Mistral AI 还与……德国国防科技初创公司 Helsing……达成了战略合作伙伴关系",
      },
    ],
  },
  {
    slug: "ibm",
    title: "与 IBM 的战略合作",
    category: null,
    date: null,
    summary: "Mistral AI 与 IBM 达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["ibm"],
    citations: [{ source: "ibm-partnership", claim: "Mistral AI 还与……IBM……达成了战略合作伙伴关系" }],
  },
  {
    slug: "orange",
    title: "与 Orange 的战略合作",
    category: null,
    date: null,
    summary: "Mistral AI 与 Orange 达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["orange"],
    citations: [{ source: "orange-partnership", claim: "Mistral AI 还与……Orange……达成了战略合作伙伴关系" }],
  },
  {
    slug: "stellantis",
    title: "与 Stellantis 的战略合作",
    category: null,
    date: null,
    summary: "Mistral AI 与 Stellantis 达成了战略合作伙伴关系。",
    amount: null,
    qualifiers: {},
    partners: ["stellantis"],
    citations: [
      {
        source: "stellantis-strategic-partnership",
        claim: "Mistral AI 还与……Stellantis 达成了战略合作伙伴关系",
      },
    ],
  },
  {
    slug: "paris-ai-campus",
    title: "在巴黎地区创建 AI 园区的合资企业",
    category: null,
    date: inMonth("2025-05"),
    summary:
      "2025 年 5 月，Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区，作为与阿联酋投资公司 MGX、NVIDIA 和法国国有投资银行 Bpifrance 的合资企业的一部分。",
    amount: null,
    qualifiers: {},
    partners: ["mgx", "nvidia", "bpifrance"],
    citations: [
      {
        source: "linkedin-ai-campus",
        claim: "2025 年 5 月，Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区",
      },
      { source: "tc-bpifrance", claim: "法国国有投资银行 Bpifrance" },
    ],
  },
] as const satisfies readonly SeedPartnership[];
