import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "解读",
  adminName: "解读段落",
  fields: {
    heading: "标题",
    body: "正文（Markdown）",
  },
});
