import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "人物",
  adminName: "人物",
  fields: {
    role: "职务",
    boardMember: "董事会成员",
    background: "背景（Markdown）",
  },
  enums: {
    personCategory: {
      FOUNDER: "创始人",
      ADVISER: "顾问",
      INVESTOR: "个人投资者",
      OTHER: "其他",
    },
  },
});
