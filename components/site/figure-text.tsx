import { basisText } from "@/lib/format/figure";
import { formatDateFigure, partialDateAttribute } from "@/lib/format/date";
import { formatMoneyExact, formatMoneyFigure } from "@/lib/format/money";
import type { DateFigure, MoneyFigure } from "@/lib/content/types";
import { t } from "@/lib/i18n";

// A figure as readers see it, with how it stands in its source: "据报道 20 亿美元", "约 4.15 亿美元",
// "2023年12月（推算）". In a table the mark is enough (the basis is in the title); on an entry's page
// (`basis`) an inferred figure's basis is a line of text under it, readable on a phone too.

/** The basis of an INFERRED figure, as a line of its own. */
function Basis({ figure }: { figure: MoneyFigure | DateFigure }) {
  const text = basisText(figure);
  return text ? <span className="mt-0.5 block text-sm font-normal text-muted">{text}</span> : null;
}

/** An amount with its qualifier; the exact figure is in its title and value. */
export function MoneyFigureText({ figure, basis = false }: { figure: MoneyFigure | null; basis?: boolean }) {
  if (!figure) return <span className="text-muted">{t.common.none}</span>;
  const { value } = figure;
  return (
    <>
      <data
        value={`${value.minor} ${value.currency}`}
        title={[formatMoneyExact(value), basisText(figure)].filter(Boolean).join("；")}
      >
        {formatMoneyFigure(figure)}
      </data>
      {basis ? <Basis figure={figure} /> : null}
    </>
  );
}

/** A date with its qualifier, never more precise than the source. */
export function DateFigureText({ figure, basis = false }: { figure: DateFigure | null; basis?: boolean }) {
  if (!figure) return <span className="text-muted">{t.common.unknownDate}</span>;
  return (
    <>
      <time dateTime={partialDateAttribute(figure.value)} title={basisText(figure) ?? undefined}>
        {formatDateFigure(figure)}
      </time>
      {basis ? <Basis figure={figure} /> : null}
    </>
  );
}
