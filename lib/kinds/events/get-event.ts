import "server-only";
import { lookupBySlug } from "@/lib/content/slug";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { toMoneyFigure, toPartialDate } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { AlternativeValueView, CitationView, MoneyFigure, PartialDate } from "@/lib/content/types";
import type { Event } from "@/lib/generated/prisma/client";
import { loadEntryAlternativeValues } from "@/lib/claims/load-alternative-values";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { events } from "@/lib/kinds/events/kind";

export interface EventDetail {
  slug: string;
  title: string;
  kind: Event["kind"];
  /** Null when the sources give no date. */
  date: PartialDate | null;
  summary: string;
  amount: MoneyFigure | null;
  amountUsd: MoneyFigure | null;
  citations: CitationView[];
  alternativeValues: AlternativeValueView[];
  updatedAt: string;
}

/** An event's amounts with how each stands in its source: its page, its feed item and totals. */
export function eventFigures(
  event: Pick<
    Event,
    | "amountMinor"
    | "currency"
    | "amountQualifier"
    | "amountBasis"
    | "amountUsdMinor"
    | "amountUsdQualifier"
    | "amountUsdBasis"
  >,
): Pick<EventDetail, "amount" | "amountUsd"> {
  return {
    amount: toMoneyFigure(event.amountMinor, event.currency, event.amountQualifier, event.amountBasis),
    amountUsd: toMoneyFigure(event.amountUsdMinor, "USD", event.amountUsdQualifier, event.amountUsdBasis),
  };
}

/** One published event with its citations and other values; null if there is none. */
export const getEvent = lookupBySlug(
  cachedQuery("events:get", events.shows, async (slug: string): Promise<EventDetail | null> => {
    const event = await prisma.event.findFirst({ where: { slug, ...publishedWhere() } });
    if (!event) return null;
    return {
      slug: event.slug,
      title: event.title,
      kind: event.kind,
      date: toPartialDate(event.date, event.datePrecision),
      summary: event.summary,
      ...eventFigures(event),
      citations: await loadEntryCitations("EVENT", event.id),
      alternativeValues: await loadEntryAlternativeValues("EVENT", event.id),
      updatedAt: event.updatedAt.toISOString(),
    };
  }),
);
