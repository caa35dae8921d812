/**
 * What a page that could not load says, in Chinese. Apart from the dictionary (lib/i18n) for the
 * error boundaries: client code loaded on every page, which should ship these strings only.
 */
export const zhUnavailable = {
  title: "页面暂时无法加载",
  body: "网站暂时无法读取数据，请稍后重试。已发布的内容不会丢失。",
  retry: "重试",
  home: "返回首页",
  reference: (digest: string) => `错误编号：${digest}`,
};
