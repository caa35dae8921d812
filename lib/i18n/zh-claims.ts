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
  /** A figure's qualifier (约, 据报道, 推算) and, for one we inferred, how. */
  figures: {
    /** The admin's select beside a figure, e.g. "估值的限定". */
    qualifier: (label: string) => `${label}的限定`,
    /** Its empty choice: the source states the figure plainly. */
    none: "无（来源原话未加限定）",
    /** The text box for an INFERRED figure's basis. */
    basis: (label: string) => `${label}的推算依据`,
    help: "按来源原话选：原话带“约”“按汇率计算约为”选约；原话是“据报道”“消息来源称”选据报道；来源没有直接给出、由本站推算（例如由“仅六个月后”推出月份）选推算，并写明推算依据。",
    /** Beside an INFERRED figure on its entry's page and in its feed item. */
    basisLine: (basis: string) => `推算依据：${basis}`,
    errors: {
      basisRequired: (label: string) => `${label}标为推算时，请写明推算依据`,
      basisWithoutInferred: (label: string) =>
        `只有标为推算的${label}才需要推算依据：请删去依据，或把限定改为推算`,
      withoutFigure: (label: string) => `没有${label}，无从限定：请先填写${label}，或把限定改为无`,
    },
  },
} as const;
