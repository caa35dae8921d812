// Founders, co-founding advisers and individual investors, in the story's order.
import type { SeedCitation, SeedPerson } from "./types";

type PersonInput = Omit<SeedPerson, "slug" | "boardMember"> & { boardMember?: boolean };

function person<Slug extends string>(slug: Slug, input: PersonInput) {
  return { slug, boardMember: false, ...input };
}

// The founders' paragraph has no link of its own: the seed-round and origin-story articles
// introduce the founders.
const founders: SeedCitation = {
  source: "tc-seed-round",
  claim: "Mistral AI 由三位前 DeepMind 和 Meta 研究人员创立",
};
const originStory: SeedCitation = { source: "tc-alan-founder-origin-story", claim: "Mistral AI 的创立经过" };
const seedRound: SeedCitation = { source: "tc-seed-round", claim: "参与了 2023 年 6 月的种子轮融资" };

export const people = [
  person("arthur-mensch", {
    name: "Arthur Mensch",
    category: "FOUNDER",
    role: "联合创始人、首席执行官",
    background:
      "曾在谷歌的 DeepMind 从事人工智能研究。2025 年 1 月在达沃斯世界经济论坛上表示，Mistral “不待售”，首次公开募股才是计划。",
    citations: [
      founders,
      originStory,
      { source: "tc-ipo-plans", claim: "Mensch 在达沃斯表示 Mistral 不待售，IPO 是计划" },
    ],
  }),
  person("timothee-lacroix", {
    name: "Timothée Lacroix",
    category: "FOUNDER",
    role: "联合创始人、首席技术官",
    background: "Meta 前员工，曾在这家在巴黎设有重要业务的美国大型科技公司从事人工智能研究。",
    citations: [founders, originStory],
  }),
  person("guillaume-lample", {
    name: "Guillaume Lample",
    category: "FOUNDER",
    role: "联合创始人、首席科学家",
    background: "Meta 前员工，曾在这家在巴黎设有重要业务的美国大型科技公司从事人工智能研究。",
    citations: [founders, originStory],
  }),
  person("jean-charles-samuelian-werve", {
    name: "Jean-Charles Samuelian-Werve",
    category: "ADVISER",
    role: "联合创始人顾问、董事会成员",
    boardMember: true,
    background: "来自健康保险初创公司 Alan，是 Mistral AI 的联合创始人顾问，也是其董事会成员。",
    citations: [
      { source: "tc-alan-founder-origin-story", claim: "Alan 创始人在 Mistral 创立过程中的角色，董事会成员" },
    ],
  }),
  person("charles-gorintin", {
    name: "Charles Gorintin",
    category: "ADVISER",
    role: "联合创始人顾问",
    background: "来自健康保险初创公司 Alan，是 Mistral AI 的联合创始人顾问。",
    citations: [{ source: "tc-alan-founder-origin-story", claim: "来自 Alan 的联合创始人顾问" }],
  }),
  person("cedric-o", {
    name: "Cédric O",
    category: "ADVISER",
    role: "联合创始人顾问",
    background: "法国前数字部长，是 Mistral AI 的联合创始人顾问，因其之前的职位引发争议。",
    citations: [{ source: "sifted-french-tech-pantouflage", claim: "前数字部长担任顾问引发的争议" }],
  }),
  person("eric-schmidt", {
    name: "Eric Schmidt",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "以个人身份参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("rodolphe-saade", {
    name: "Rodolphe Saadé",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "以个人身份参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("xavier-niel", {
    name: "Xavier Niel",
    category: "INVESTOR",
    role: "种子轮投资者",
    background: "以个人身份参与了 Mistral AI 2023 年 6 月的种子轮融资。",
    citations: [seedRound],
  }),
  person("elad-gil", {
    name: "Elad Gil",
    category: "INVESTOR",
    role: "A 轮投资者",
    background: "以个人身份参与了 Mistral AI 2023 年 12 月的 A 轮融资。",
    citations: [{ source: "tc-series-a", claim: "参与了 2023 年 12 月的 A 轮融资" }],
  }),
] as const satisfies readonly SeedPerson[];
