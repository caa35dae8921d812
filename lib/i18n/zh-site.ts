// The site's name and language, in Chinese. Apart from the dictionary (lib/i18n) so that the error
// boundaries, client code loaded on every page, can name the site without shipping every string.

/** The language of every page, as `<html lang>` names it. */
export const zhHtmlLang = "zh-CN";

/** The site's name and the strings around every page. */
export const zhSite = {
  name: "Mistral AI 追踪",
  tagline: "Mistral AI 的模型、产品、融资、合作与人物，附来源与说法状态",
  description:
    "持续追踪 Mistral AI 的最新动向：模型、产品、融资轮次与投资方、合作伙伴、人物、营收与退出计划，以及完整时间线，事实附引用来源；暂无来源的条目标明“未附来源”。",
  skipToContent: "跳到正文",
  footer: "内容整理自公开报道，事实链接到原始来源；暂无来源的条目标明“未附来源”。",
  licence: "数据以 CC BY 4.0 许可发布，使用请注明出处",
  /** A feed's rights statement: the licence and how to credit. */
  feedRights:
    "内容以 CC BY 4.0 许可发布，使用请注明出处（Mistral AI 追踪）；引用的原话与报道版权归原作者和发布方。",
  feeds: "订阅",
};
