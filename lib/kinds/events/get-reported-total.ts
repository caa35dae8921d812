import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { toMoneyFigure, toPartialDate } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView, MoneyFigure, PartialDate } from "@/lib/content/types";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { events } from "@/lib/kinds/events/kind";
import { prisma } from "@/lib/platform/db";

/**
 * The event that states how much the company has raised in all, in the sources' words ("截至 2025 年
 * 2 月 … 约 10 亿欧元 … 约为 10.4 亿美元"): the home page and /funding show it first, before any
 * sum of ours. An editor corrects it there, as any event; a newer total is an edit of it.
 */
export const REPORTED_TOTAL_EVENT_SLUG = "total-raised-1b-eur";

export interface ReportedTotal {
  slug: string;
  title: string;
  /** As of when, as precise as the source. */
  date: PartialDate | null;
  amount: MoneyFigure | null;
  amountUsd: MoneyFigure | null;
  citations: CitationView[];
}

/** The reported total raised, as published; null while there is none. */
export const getReportedTotal = cachedQuery(
  "events:reported-total",
  events.shows,
  async (): Promise<ReportedTotal | null> => {
    const event = await prisma.event.findFirst({
      where: { slug: REPORTED_TOTAL_EVENT_SLUG, ...publishedWhere() },
    });
    if (!event || (event.amountMinor === null && event.amountUsdMinor === null)) return null;
    return {
      slug: event.slug,
      title: event.title,
      date: toPartialDate(event.date, event.datePrecision),
      amount: toMoneyFigure(event.amountMinor, event.currency, event.amountQualifier, event.amountBasis),
      amountUsd: toMoneyFigure(event.amountUsdMinor, "USD", event.amountUsdQualifier, event.amountUsdBasis),
      citations: await loadEntryCitations("EVENT", event.id),
    };
  },
);
