// Founders, co-founding advisers and individual investors, in the story's order.
import type { SeedCitation, SeedPerson } from "./types";

type PersonInput = Omit<SeedPerson, "slug" | "boardMember"> & { boardMember?: boolean };

function person<Slug extends string>(slug: Slug, input: PersonInput) {
  return { slug, boardMember: false, ...input };
}

// The founders' paragraph has no link: they cite nothing (the story's one link on a founder is
// on Arthur Mensch's Davos remark). The link beside the advisers is on Jean-Charles
// Samuelian-Werve's name, the other on Cédric O's controversy; Charles Gorintin has none.
const FOUNDERS_BACKGROUND = "三位创始人均有在巴黎设有重要业务的美国大型科技公司从事人工智能研究的背景。";
// An investor is cited with the link the story puts on the round they joined ("本轮").
const seedRound: SeedCitation = { source: "tc-seed-round", claim: "破纪录的 1.12 亿美元种子轮融资" };

export const people = [
  person("arthur-mensch", {
    name: "Arthur Mensch",
    category: "FOUNDER",
    role: "联合创始人、首席执行官",
    background: `曾在谷歌的 DeepMind 工作。${FOUNDERS_BACKGROUND}2025 年 1 月在达沃斯世界经济论坛上表示，Mistral "不待售，" “当然，[首次公开募股]是计划。”`,
    citations: [
      {
        source: "tc-ipo-plans",
        claim:
          'Mensch 在 2025 年 1 月的达沃斯世界经济论坛上表示，Mistral "不待售，" “当然，[首次公开募股]是计划。”',
      },
    ],
  }),
  person("timothee-lacroix", {
    name: "Timothée Lacroix",
    category: "FOUNDER",
    role: "联合创始人、首席技术官",
    background: `Meta 的前员工。${FOUNDERS_BACKGROUND}`,
    citations: [],
  }),
  person("guillaume-lample", {
    name: "Guillaume Lample",
    category: "FOUNDER",
    role: "联合创始人、首席科学家",
    background: `Meta 的前员工。${FOUNDERS_BACKGROUND}`,
    citations: [],
  }),
  person("jean-charles-samuelian-werve", {
    name: "Jean-Charles Samuelian-Werve",
    category: "ADVISER",
    role: "联合创始人顾问、董事会成员",
    boardMember: true,
    background: "Mistral AI 的联合创始人顾问，也是其董事会成员。",
    citations: [{ source: "tc-samuelian-werve", claim: "Jean-Charles Samuelian-Werve（也是董事会成员）" }],
  }),
  person("charles-gorintin", {
    name: "Charles Gorintin",
    category: "ADVISER",
    role: "联合创始人顾问",
    background: "来自健康保险初创公司 Alan，是 Mistral AI 的联合创始人顾问。",
    citations: [],
  }),
  person("cedric-o", {
    name: "Cédric O",
    category: "ADVISER",
    role: "联合创始人顾问",
    background: "前数字部长，是 Mistral AI 的联合创始人顾问，因其之前的职位引发争议。",
    citations: [
      {
        source: "sifted-cedric-o-controversy",
        claim: "以及前数字部长 Cédric O，后者因其之前的职位引发争议",
      },
    ],
  }),
  person("eric-schmidt", {
    name: "Eric Schmidt",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("rodolphe-saade", {
    name: "Rodolphe Saadé",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("xavier-niel", {
    name: "Xavier Niel",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("elad-gil", {
    name: "Elad Gil",
    category: "INVESTOR",
    role: "A 轮投资者",
    background: "参与了 Mistral AI 的 A 轮融资。",
    citations: [{ source: "tc-series-a", claim: "3.85 亿欧元的 A 轮融资" }],
  }),
] as const satisfies readonly SeedPerson[];
