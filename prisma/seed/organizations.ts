// Mistral AI, its investors, partners and regulators: one row per organisation, whatever the
// story calls it (Nvidia / NVIDIA / 英伟达; Lightspeed; a16z), named as the story names it, in its
// language, with no gloss of ours. A name and its Chinese writing are one name in two scripts,
// as the story itself writes them for one deal ("与 Microsoft 达成协议……以及 1500 万欧元的投资",
// "微软……宣布与 Mistral AI 建立合作关系"); two different names are two entries even where they
// may be one company (CMA-CGM and 航运巨头 CMA): nothing in the story joins them. Country,
// headquarters and website only where the story says; descriptions say what the story says of
// them, and cite the link the story puts on that.
import { inYear } from "./dates";
import type { SeedCitation, SeedOrganization } from "./types";

type OrganizationInput = Pick<SeedOrganization, "name" | "type" | "description" | "citations"> &
  Partial<Pick<SeedOrganization, "nameZh" | "country" | "headquarters" | "website" | "founded">>;

function org<Slug extends string>(slug: Slug, input: OrganizationInput) {
  return {
    slug,
    nameZh: null,
    country: null,
    headquarters: null,
    website: null,
    founded: null,
    ...input,
  };
}

// An investor is cited with the link the story puts on the round it joined ("本轮", "该轮融资").
const seedRound: SeedCitation = { source: "tc-seed-round", claim: "破纪录的 1.12 亿美元种子轮融资" };
const seriesA: SeedCitation = { source: "tc-series-a", claim: "3.85 亿欧元的 A 轮融资" };
const june2024: SeedCitation = {
  source: "tc-equity-and-debt-2024",
  claim: "包括思科、IBM、英伟达、三星 Venture Investment Corporation 等知名投资者参与",
};
const seedInvestor = "参与了 Mistral AI 2023 年 6 月种子轮融资的投资者。";
const seriesAInvestor = "参与了 Mistral AI A 轮融资的投资者。";
const june2024Investor = "参与了 Mistral AI 2024 年 6 月融资（6 亿欧元的股权和债务）的知名投资者。";
const strategicPartner = "与 Mistral AI 达成了战略合作伙伴关系。";
const campus =
  "2025 年 5 月，Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区，作为与阿联酋投资公司 MGX、NVIDIA 和法国国有投资银行 Bpifrance 的合资企业的一部分。";
const campusCitation: SeedCitation = {
  source: "linkedin-ai-campus",
  claim: "2025 年 5 月，Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区",
};

export const organizations = [
  // The story says where its founders' former employers do business, not where Mistral AI is;
  // its opening paragraphs, told here, have no link. Of its models' openness, the story links its
  // answer ("并非全部") to Mistral AI's documentation: the sentence that follows cites that (the
  // link on "权重" defines a word, and backs no fact).
  org("mistral-ai", {
    name: "Mistral AI",
    type: "COMPANY",
    founded: inYear("2023"),
    description:
      "Mistral AI 自 2023 年创立以来，已筹集了大量资金，其雄心壮志是“将前沿 AI 掌握在每个人手中”。虽然这并非直接针对 OpenAI，但该口号旨在强调该公司对 AI 开放性的倡导。最初 Mistral AI 出圈是因为其开源并支持 MOE 模型的创新。Mistral AI 将其顶级模型（其权重不适用于商业用途）与其免费模型区分开来，后者根据 Apache 2.0 许可证提供权重访问权限。Mistral AI 的许多产品都是免费的或现在有免费层级。",
    citations: [
      {
        source: "mistral-docs-models-overview",
        claim:
          "Mistral AI 将其顶级模型（其权重不适用于商业用途）与其免费模型区分开来，后者根据 Apache 2.0 许可证提供权重访问权限",
      },
      { source: "tc-free-tier", claim: "Mistral AI 的许多产品都是免费的或现在有免费层级" },
    ],
  }),
  // Seed round investors.
  org("lightspeed-venture-partners", {
    name: "Lightspeed Venture Partners",
    type: "INVESTOR",
    description: "领投了 Mistral AI 2023 年 6 月破纪录的种子轮融资，并作为现有支持者参与了 A 轮融资。",
    citations: [
      {
        source: "tc-seed-round",
        claim: "由 Lightspeed Venture Partners 领投的破纪录的 1.12 亿美元种子轮融资",
      },
      { source: "tc-series-a", claim: "现有支持者 Lightspeed" },
    ],
  }),
  org("bpifrance", {
    name: "Bpifrance",
    type: "INVESTOR",
    country: "FR",
    description: `法国国有投资银行。参与了 Mistral AI 2023 年 6 月的种子轮融资。${campus}`,
    citations: [seedRound, { source: "tc-bpifrance", claim: "法国国有投资银行 Bpifrance" }, campusCitation],
  }),
  org("exor-ventures", {
    name: "Exor Ventures",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("first-minute-capital", {
    name: "First Minute Capital",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("headline", { name: "Headline", type: "INVESTOR", description: seedInvestor, citations: [seedRound] }),
  org("jcdecaux-holding", {
    name: "JCDecaux Holding",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("la-famiglia", {
    name: "La Famiglia",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("localglobe", {
    name: "LocalGlobe",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("motier-ventures", {
    name: "Motier Ventures",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  org("sofina", {
    name: "Sofina",
    type: "INVESTOR",
    description: seedInvestor,
    citations: [seedRound],
  }),
  // Series A investors.
  org("andreessen-horowitz", {
    name: "Andreessen Horowitz",
    type: "INVESTOR",
    description: "又称 a16z，领投了 Mistral AI 3.85 亿欧元的 A 轮融资。",
    citations: [{ source: "tc-series-a", claim: "该轮融资由 Andreessen Horowitz (a16z) 领投" }],
  }),
  org("bnp-paribas", {
    name: "BNP Paribas",
    type: "INVESTOR",
    description: seriesAInvestor,
    citations: [seriesA],
  }),
  // "CMA-CGM" joined the A round; "航运巨头 CMA" is a partner. The story never says they are one
  // company (only a link's address would), so they are two entries, each named as the story does.
  org("cma-cgm", {
    name: "CMA-CGM",
    type: "INVESTOR",
    description: seriesAInvestor,
    citations: [seriesA],
  }),
  org("conviction", {
    name: "Conviction",
    type: "INVESTOR",
    description: seriesAInvestor,
    citations: [seriesA],
  }),
  org("general-catalyst", {
    name: "General Catalyst",
    type: "INVESTOR",
    description: "参与了 Mistral AI 的 A 轮融资，并领投了 2024 年 6 月的融资（6 亿欧元的股权和债务）。",
    citations: [
      seriesA,
      { source: "tc-equity-and-debt-2024", claim: "这轮早有传闻的融资由 General Catalyst 领投" },
    ],
  }),
  org("salesforce", {
    name: "Salesforce",
    type: "INVESTOR",
    description: seriesAInvestor,
    citations: [seriesA],
  }),
  // Microsoft: partnership and convertible investment. The story never calls it a company: an
  // investor, as IBM and Nvidia (partners too) are.
  org("microsoft", {
    name: "Microsoft",
    nameZh: "微软",
    type: "INVESTOR",
    description:
      "2024 年与 Mistral AI 达成协议，其中包括通过 Microsoft 的 Azure 平台分发其 AI 模型的战略合作伙伴关系以及 1500 万欧元的投资。微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系，并对其进行了 1630 万美元的可转换投资，这被视为 A 轮融资的延伸。",
    citations: [
      { source: "tc-microsoft-investment", claim: "微软在 2024 年 2 月宣布与 Mistral AI 建立合作关系" },
      { source: "tc-microsoft-investment", claim: "并对其进行了 1630 万美元的可转换投资" },
    ],
  }),
  // Investors in the round of June 2024.
  org("si-ke", {
    name: "思科",
    type: "INVESTOR",
    description: june2024Investor,
    citations: [june2024],
  }),
  org("ibm", {
    name: "IBM",
    type: "INVESTOR",
    description: `参与了 Mistral AI 2024 年 6 月的融资（6 亿欧元的股权和债务），并${strategicPartner}`,
    citations: [
      june2024,
      { source: "ibm-partnership", claim: "Mistral AI 还与……IBM……达成了战略合作伙伴关系" },
    ],
  }),
  org("nvidia", {
    name: "Nvidia",
    nameZh: "英伟达",
    type: "INVESTOR",
    description: `与 Mistral AI 合作构建了研究模型 Mistral NeMo，并参与了 Mistral AI 2024 年 6 月的融资（6 亿欧元的股权和债务）。${campus}`,
    citations: [
      { source: "mistral-news-mistral-nemo", claim: "Mistral NeMo，该模型是与 Nvidia 合作构建的" },
      june2024,
      campusCitation,
    ],
  }),
  org("san-xing-venture-investment-corporation", {
    name: "三星 Venture Investment Corporation",
    type: "INVESTOR",
    description: june2024Investor,
    citations: [june2024],
  }),
  // Partners.
  // The story says 法新社 only: its slug is that name's pinyin, not the initials of a name the story
  // never gives (the old address, /organizations/afp, redirects: lib/content/moved-entries.ts).
  org("fa-xin-she", {
    name: "法新社",
    type: "OTHER",
    description:
      "2025 年 1 月与 Mistral AI 签署了一项协议，允许 Chat 查询法新社自 1983 年以来的整个文本档案。",
    citations: [
      {
        source: "tc-fa-xin-she-deal",
        claim:
          "2025 年 1 月，Mistral AI 与法新社签署了一项协议，允许 Chat 查询法新社自 1983 年以来的整个文本档案",
      },
    ],
  }),
  org("french-army", {
    name: "法国军队",
    type: "GOVERNMENT",
    country: "FR",
    description: strategicPartner,
    citations: [
      { source: "numerama-armee-francaise", claim: "Mistral AI 还与法国军队……达成了战略合作伙伴关系" },
    ],
  }),
  // The story does not name it, nor say whether it is public: "法国……就业机构".
  org("french-employment-agency", {
    name: "法国就业机构",
    type: "OTHER",
    country: "FR",
    description: strategicPartner,
    citations: [
      {
        source: "euronews-employment-agency",
        claim: "Mistral AI 还与法国军队和就业机构……达成了战略合作伙伴关系",
      },
    ],
  }),
  org("cma", {
    name: "CMA",
    type: "COMPANY",
    description: `航运巨头，${strategicPartner}`,
    citations: [
      {
        source: "cma-partnership",
        claim: "Mistral AI 还与……航运巨头 CMA……达成了战略合作伙伴关系",
      },
    ],
  }),
  org("helsing", {
    name: "Helsing",
    type: "COMPANY",
    country: "DE",
    description: `德国国防科技初创公司，${strategicPartner}`,
    citations: [
      {
        source: "helsing-partnership",
        claim: "Mistral AI 还与……德国国防科技初创公司 Helsing……达成了战略合作伙伴关系",
      },
    ],
  }),
  org("orange", {
    name: "Orange",
    type: "OTHER",
    description: strategicPartner,
    citations: [{ source: "orange-partnership", claim: "Mistral AI 还与……Orange……达成了战略合作伙伴关系" }],
  }),
  org("stellantis", {
    name: "Stellantis",
    type: "OTHER",
    description: strategicPartner,
    citations: [
      {
        source: "stellantis-strategic-partnership",
        claim: "Mistral AI 还与……Stellantis 达成了战略合作伙伴关系",
      },
    ],
  }),
  org("mgx", {
    name: "MGX",
    type: "INVESTOR",
    country: "AE",
    description: `阿联酋投资公司。${campus}`,
    citations: [campusCitation],
  }),
  org("alan", {
    name: "Alan",
    type: "COMPANY",
    description: "健康保险初创公司。Mistral AI 的联合创始人顾问 Charles Gorintin 来自 Alan。",
    // The story's link in that sentence is on Jean-Charles Samuelian-Werve's name, not on Alan.
    citations: [],
  }),
  // Regulators.
  org("uk-cma", {
    name: "英国竞争与市场管理局",
    type: "GOVERNMENT",
    country: "GB",
    description:
      "英国竞争与市场管理局 (CMA) 迅速得出结论：由于规模较小，微软与 Mistral AI 的交易不符合调查资格。",
    citations: [
      {
        source: "tc-uk-cma-microsoft-deal",
        claim: "英国竞争与市场管理局 (CMA) 迅速得出结论，由于其规模较小，该交易不符合调查资格",
      },
    ],
  }),
  org("european-union", {
    name: "欧盟",
    type: "GOVERNMENT",
    description: "微软与 Mistral AI 的交易引发了欧盟的一些批评。",
    citations: [{ source: "euronews-eu-critics-microsoft-deal", claim: "然而，它也引发了欧盟的一些批评" }],
  }),
] as const satisfies readonly SeedOrganization[];
