// Mistral AI, its investors, partners and regulators: one row per organisation, whatever the
// story calls it (Nvidia / NVIDIA / 英伟达; CMA-CGM / 航运巨头 CMA; Lightspeed; a16z).
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

const seedRound: SeedCitation = { source: "tc-seed-round", claim: "参与了 2023 年 6 月的种子轮融资" };
const seriesA: SeedCitation = { source: "tc-series-a", claim: "参与了 2023 年 12 月的 A 轮融资" };
const seriesB: SeedCitation = { source: "tc-series-b", claim: "参与了 2024 年 6 月的 B 轮融资" };
const seedInvestor = "风险投资机构，参与了 Mistral AI 2023 年 6 月的种子轮融资。";

export const organizations = [
  org("mistral-ai", {
    name: "Mistral AI",
    type: "COMPANY",
    country: "FR",
    headquarters: "巴黎",
    website: "https://mistral.ai",
    founded: inYear("2023"),
    description:
      "Mistral AI 是一家总部位于巴黎的人工智能初创公司，自 2023 年创立以来已筹集了大量资金，其雄心壮志是“将前沿 AI 掌握在每个人手中”。虽然这并非直接针对 OpenAI，但该口号旨在强调该公司对 AI 开放性的倡导。最初 Mistral AI 出圈是因为其开源并支持 MOE 模型的创新。",
    citations: [
      { source: "tc-series-a", claim: "Mistral AI 是一家总部位于巴黎的 OpenAI 竞争对手" },
      { source: "tc-seed-round", claim: "2023 年 6 月完成种子轮融资时，公司成立仅一个月" },
      { source: "tc-series-b", claim: "总部位于巴黎的 AI 初创公司" },
    ],
  }),
  // Seed round investors.
  org("lightspeed-venture-partners", {
    name: "Lightspeed Venture Partners",
    type: "INVESTOR",
    description:
      "风险投资机构，领投了 Mistral AI 2023 年 6 月破纪录的种子轮融资，并作为现有支持者参与了 A 轮融资。",
    citations: [
      { source: "tc-seed-round", claim: "领投了 2023 年 6 月的种子轮融资" },
      { source: "tc-series-a", claim: "作为现有支持者参与了 A 轮融资" },
    ],
  }),
  org("bpifrance", {
    name: "Bpifrance",
    type: "INVESTOR",
    country: "FR",
    description:
      "法国国有投资银行。参与了 Mistral AI 2023 年 6 月的种子轮融资；2025 年 5 月，与阿联酋投资公司 MGX、NVIDIA 一起成为在巴黎地区创建 AI 园区的合资企业的一方。",
    citations: [
      seedRound,
      {
        source: "tc-bpifrance-10b",
        claim: "Bpifrance 是法国国有投资银行，计划到 2029 年向法国 AI 生态系统投资 100 亿欧元",
      },
      { source: "linkedin-ai-campus", claim: "参与在巴黎地区创建 AI 园区的合资企业" },
    ],
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
    description: "参与了 Mistral AI 2023 年 6 月种子轮融资的投资者。",
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
    description: "参与了 Mistral AI 2023 年 6 月种子轮融资的投资者。",
    citations: [seedRound],
  }),
  // Series A investors.
  org("andreessen-horowitz", {
    name: "Andreessen Horowitz",
    type: "INVESTOR",
    description: "风险投资机构，又称 a16z，领投了 Mistral AI 2023 年 12 月 3.85 亿欧元的 A 轮融资。",
    citations: [{ source: "tc-series-a", claim: "Andreessen Horowitz (a16z) 领投了 A 轮融资" }],
  }),
  org("bnp-paribas", {
    name: "BNP Paribas",
    type: "COMPANY",
    description: "参与了 Mistral AI 2023 年 12 月 A 轮融资的投资者。",
    citations: [seriesA],
  }),
  org("cma-cgm", {
    name: "CMA CGM",
    type: "COMPANY",
    description:
      "航运巨头（融资报道中写作 CMA-CGM）。参与了 Mistral AI 2023 年 12 月的 A 轮融资，并与 Mistral AI 达成战略合作伙伴关系。",
    citations: [
      seriesA,
      {
        source: "cma-cgm-custom-ai-solutions",
        claim: "CMA CGM 集团采用与 Mistral AI 定制设计的 AI 解决方案",
      },
    ],
  }),
  org("conviction", {
    name: "Conviction",
    type: "INVESTOR",
    description: "参与了 Mistral AI 2023 年 12 月 A 轮融资的投资者。",
    citations: [seriesA],
  }),
  org("general-catalyst", {
    name: "General Catalyst",
    type: "INVESTOR",
    description:
      "风险投资机构，参与了 Mistral AI 2023 年 12 月的 A 轮融资，并领投了 2024 年 6 月的 B 轮融资。",
    citations: [seriesA, { source: "tc-series-b", claim: "General Catalyst 领投了 B 轮融资" }],
  }),
  org("salesforce", {
    name: "Salesforce",
    type: "COMPANY",
    description: "参与了 Mistral AI 2023 年 12 月 A 轮融资的投资者。",
    citations: [seriesA],
  }),
  // Microsoft: partnership and convertible investment.
  org("microsoft", {
    name: "Microsoft",
    nameZh: "微软",
    type: "COMPANY",
    description:
      "2024 年与 Mistral AI 达成协议，包括通过 Microsoft 的 Azure 平台分发其 AI 模型的战略合作伙伴关系，以及 1500 万欧元（1630 万美元）的可转换投资，这被视为 A 轮融资的延伸。",
    citations: [
      { source: "tc-microsoft-investment", claim: "微软对 Mistral AI 进行了 1630 万美元的可转换投资" },
      { source: "tc-uk-cma-microsoft-stake", claim: "微软持有 Mistral AI 的股份" },
    ],
  }),
  // Series B investors.
  org("cisco", {
    name: "Cisco",
    nameZh: "思科",
    type: "COMPANY",
    description: "参与了 Mistral AI 2024 年 6 月 B 轮融资的知名投资者。",
    citations: [seriesB],
  }),
  org("ibm", {
    name: "IBM",
    type: "COMPANY",
    description: "参与了 Mistral AI 2024 年 6 月的 B 轮融资，并与 Mistral AI 达成战略合作伙伴关系。",
    citations: [seriesB, { source: "ibm-launches-mistral-ai", claim: "IBM 推出 Mistral AI 的模型" }],
  }),
  org("nvidia", {
    name: "Nvidia",
    nameZh: "英伟达",
    type: "COMPANY",
    description:
      "与 Mistral AI 合作构建了研究模型 Mistral NeMo，参与了 2024 年 6 月的 B 轮融资，并于 2025 年 5 月与 MGX、Bpifrance 一起成为在巴黎地区创建 AI 园区的合资企业的一方。",
    citations: [
      { source: "mistral-news-mistral-nemo", claim: "Mistral NeMo 与 Nvidia 合作构建" },
      seriesB,
      { source: "linkedin-ai-campus", claim: "参与在巴黎地区创建 AI 园区的合资企业" },
    ],
  }),
  org("samsung-venture-investment", {
    name: "Samsung Venture Investment Corporation",
    nameZh: "三星 Venture Investment Corporation",
    type: "INVESTOR",
    description: "参与了 Mistral AI 2024 年 6 月 B 轮融资的知名投资者。",
    citations: [seriesB],
  }),
  // Partners.
  org("afp", {
    name: "AFP",
    nameZh: "法新社",
    type: "MEDIA",
    country: "FR",
    description: "2025 年 1 月与 Mistral AI 签署协议，允许 Le Chat 查询法新社自 1983 年以来的整个文本档案。",
    citations: [{ source: "tc-afp-deal", claim: "Mistral 与法新社签署协议，在 Le Chat 中提供最新的答案" }],
  }),
  org("french-army", {
    name: "French Army",
    nameZh: "法国军队",
    type: "GOVERNMENT",
    country: "FR",
    description: "与 Mistral AI 达成战略合作伙伴关系，Mistral AI 成为法国军队新的技术资产。",
    citations: [{ source: "numerama-armee-francaise", claim: "Mistral AI 成为法国军队新的技术资产" }],
  }),
  org("france-travail", {
    name: "France Travail",
    nameZh: "法国就业机构",
    type: "GOVERNMENT",
    country: "FR",
    description: "法国政府的求职者服务机构，与 Mistral AI 联手开发 AI 工具。",
    citations: [
      { source: "euronews-jobseeker-agency", claim: "法国政府求职者机构与 Mistral 联手开发 AI 工具" },
    ],
  }),
  org("helsing", {
    name: "Helsing",
    type: "COMPANY",
    country: "DE",
    description: "德国国防科技初创公司，与 Mistral AI 宣布在国防 AI 领域建立战略合作伙伴关系。",
    citations: [
      {
        source: "helsing-defence-ai-partnership",
        claim: "Helsing 与 Mistral 宣布在国防 AI 领域建立战略合作伙伴关系",
      },
    ],
  }),
  org("orange", {
    name: "Orange",
    type: "COMPANY",
    description: "与 Mistral AI 达成战略合作伙伴关系，联手加速欧洲的人工智能发展。",
    citations: [
      { source: "orange-mistral-join-forces", claim: "Orange 与 Mistral AI 联手加速欧洲人工智能发展" },
    ],
  }),
  org("stellantis", {
    name: "Stellantis",
    type: "COMPANY",
    description: "2025 年 2 月与 Mistral AI 加强战略合作伙伴关系，以改善客户体验、车辆开发和制造。",
    citations: [
      { source: "stellantis-strategic-partnership", claim: "Stellantis 与 Mistral AI 加强战略合作伙伴关系" },
    ],
  }),
  org("mgx", {
    name: "MGX",
    type: "INVESTOR",
    country: "AE",
    description:
      "阿联酋投资公司。2025 年 5 月，与 NVIDIA、Bpifrance 一起成为在巴黎地区创建 AI 园区的合资企业的一方。",
    citations: [{ source: "linkedin-ai-campus", claim: "参与在巴黎地区创建 AI 园区的合资企业" }],
  }),
  org("alan", {
    name: "Alan",
    type: "COMPANY",
    description:
      "健康保险初创公司。Mistral AI 的联合创始人顾问 Jean-Charles Samuelian-Werve 与 Charles Gorintin 来自 Alan。",
    citations: [{ source: "tc-alan-founder-origin-story", claim: "Alan 创始人在 Mistral 创立过程中的角色" }],
  }),
  // Regulators.
  org("uk-cma", {
    name: "Competition and Markets Authority",
    nameZh: "英国竞争与市场管理局",
    type: "GOVERNMENT",
    country: "GB",
    description:
      "英国竞争与市场管理局 (CMA) 迅速得出结论：由于规模较小，微软与 Mistral AI 的交易不符合调查资格。",
    citations: [{ source: "tc-uk-cma-microsoft-stake", claim: "微软对 Mistral AI 的持股免于英国反垄断审查" }],
  }),
  org("european-union", {
    name: "European Union",
    nameZh: "欧盟",
    type: "GOVERNMENT",
    description: "微软与 Mistral AI 的交易在欧盟引发了一些批评。",
    citations: [
      {
        source: "euronews-eu-critics-microsoft-deal",
        claim: "批评者质疑微软与 Mistral AI 的交易，欧盟准备对此进行调查",
      },
    ],
  }),
] as const satisfies readonly SeedOrganization[];
