import { declareWords } from "../kind";

/** The kind's words in Chinese: its names, its own fields' labels, its options and its feed. */
export const zh = declareWords({
  name: "机构",
  adminName: "机构",
  fields: {
    nameZh: "中文名称",
    type: "类型",
    country: "国家/地区",
    headquarters: "总部",
    website: "网站",
    founded: "成立日期",
  },
  enums: {
    organizationType: {
      COMPANY: "公司",
      INVESTOR: "投资方",
      GOVERNMENT: "政府与公共机构",
      MEDIA: "媒体",
      OTHER: "其他",
    },
  },
});
