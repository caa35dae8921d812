import type { DateFigure, MoneyFigure } from "@/lib/content/types";
import { formatDateFigure } from "@/lib/format/date";
import { basisText } from "@/lib/format/figure";
import { formatMoneyFigure } from "@/lib/format/money";

/** One key fact of an entry in its feed item, as its page shows it: "估值：据报道 20 亿美元". */
export interface FeedFact {
  label: string;
  value: string;
}

/**
 * What a kind adds to its feed items: the date with its qualifier ("2023年12月（推算）") and the
 * entry's key facts, so that a correction changes the item's content, not only its date.
 */
export interface FeedDetails {
  /** The date as the item says it, when the kind qualifies its dates. */
  date?: string;
  facts: FeedFact[];
}

/** Loads the feed details of some entries of one kind, by id. */
export type LoadFeedDetails = (ids: readonly string[]) => Promise<Map<string, FeedDetails>>;

/** A figure's fact, with an inferred one's basis beside it; none when there is no figure. */
export function figureFact(label: string, figure: MoneyFigure | DateFigure | null): FeedFact[] {
  if (!figure) return [];
  const text =
    "currency" in figure.value
      ? formatMoneyFigure(figure as MoneyFigure)
      : formatDateFigure(figure as DateFigure);
  const basis = basisText(figure);
  return [{ label, value: basis ? `${text}（${basis}）` : text }];
}
