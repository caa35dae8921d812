import { formatPartialDate, partialDateAttribute, type PartialDate } from "@/lib/format/date";
import { qualify, type FigureQualifier } from "@/lib/format/figure";
import { t } from "@/lib/i18n";

/** A date shown only as precisely as the source states it, with how it stands there. */
export function PartialDateText({
  date,
  qualifier = null,
}: {
  date: PartialDate | null;
  qualifier?: FigureQualifier | null;
}) {
  if (!date) return <span className="text-muted">{t.common.unknownDate}</span>;
  return <time dateTime={partialDateAttribute(date)}>{qualify(formatPartialDate(date), qualifier)}</time>;
}
