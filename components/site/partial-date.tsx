import { formatPartialDate, partialDateAttribute, type PartialDate } from "@/lib/format/date";
import { t } from "@/lib/i18n";

/** A date shown only as precisely as the source states it. */
export function PartialDateText({ date }: { date: PartialDate | null }) {
  if (!date) return <span className="text-muted">{t.common.unknownDate}</span>;
  return <time dateTime={partialDateAttribute(date)}>{formatPartialDate(date)}</time>;
}
