import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "来源",
  adminName: "来源",
  fields: {
    url: "网址",
    sourceTitleHelp: "来源自己的标题，确知时才填；不知道就留空，读者会看到发布方和链接。",
    publisher: "发布方",
    publisherHelp: "链接所指向的网站，例如 TechCrunch。",
    citedBy: "引用它的条目",
    language: "语言代码",
    languageHelp: "ISO 639-1 两个小写字母，例如 en、fr、zh。",
    publishedOn: "发布日期",
    archiveUrl: "存档网址",
    archiveUrlHelp:
      "这个页面在网页存档（例如 web.archive.org）中的副本；公开页面在链接旁显示为“存档”，原链接失效后读者仍能读到。",
    checkedOn: "核对日期",
    checkedOnHelp: "编辑最近一次打开来源、确认它仍然支持所引内容的日期；公开页面显示为“核对于 …”。",
  },
});
