/** Strings of the admin area's content screens (lists, forms, history), in Chinese. */
export const zhAdmin = {
  title: "编辑后台",
  nav: "后台导航",
  dashboard: "概览",
  viewSite: "查看网站",
} as const;
