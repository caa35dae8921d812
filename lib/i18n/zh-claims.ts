/** Reader strings of claims: how sure each is, and the other values sources give for a fact. */
export const zhClaims = {
  /** Read before a status badge by screen readers; the badge itself is text, not colour. */
  statusPrefix: "说法状态：",
  /** Before the other values of a fact, e.g. "另有说法：1630 万美元的可转换投资（TechCrunch，媒体报道）". */
  alternatives: "另有说法",
  /** In place of a source the story attaches no link to. */
  noSource: "未附来源",
  /** A fact whose own value is not stated, beside the other values given for it. */
  noMainValue: "暂无",
} as const;
