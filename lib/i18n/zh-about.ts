/** Strings of the "about this site" page, in Chinese. */
export const zhAbout = {
  title: "关于本站",
  intro:
    "本站持续追踪 Mistral AI：它的模型、产品、融资、合作、人物与时间线。事实链接到原始来源；暂无来源的条目标明“未附来源”，不会凭记忆补上。",
  howHeading: "内容从哪里来",
  how: "条目整理自公开报道。每个模型、融资轮次、合作与事件都列出引用的来源；编辑在新消息发布后补充或更正条目，发布后立即出现在页面与订阅中。",
  datesHeading: "日期与金额",
  dates:
    "日期按报道的精度显示：只知道年份的写作“2024 年”，不会补成具体某一天。金额按原币种精确记录，美元数额仅在报道给出时显示。",
  feedsHeading: "订阅",
  feeds: "用任何 RSS、Atom 或 JSON Feed 阅读器订阅全站动态，或只订阅某一类：",
  entryFeeds: (kinds: string) =>
    `${kinds}的每个条目页面都有自己的订阅（“订阅此条目”）：这个条目和提到它的条目的每一次修改。也可以用一个 OPML 文件一次导入全部订阅：`,
  dataHeading: "开放数据",
  data: "全部已发布的数据可以通过只读 JSON 接口获取，每一类条目也可下载为 CSV 表格（UTF-8，可直接用电子表格软件打开）。",
  licenceHeading: "数据许可",
  licence:
    "本站整理的事实、摘要与数据以知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：可以自由转载、改编和商用，只需注明出处，例如“来源：Mistral AI 追踪”并附上所用页面的链接。事实本身不归任何人所有；条目中逐字引用的原话和所链接的报道，版权仍属原作者与发布方，转载请遵守其条款。",
  apiDocs: "接口说明（OpenAPI）",
  scopeAll: "全站",
};
