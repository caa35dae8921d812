import "server-only";
import { z } from "zod";
import { loadApiAlternativeValues } from "@/lib/api/alternative-values";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { events as eventsKind } from "@/lib/kinds/events/kind";
import {
  pageUrlField,
  toApiDate,
  toApiMoney,
  updatedAtField,
  ZApiAlternativeValueSchema,
  ZApiCitationSchema,
  ZApiDateSchema,
  ZApiMoneySchema,
} from "@/lib/api/fields";
import { enumParam, yearParam, yearRange } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import { EventKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiEventSchema = named(
  z.object({
    slug: z.string(),
    title: z.string(),
    kind: z.enum(EventKind),
    date: ZApiDateSchema.nullable().meta({ description: "Null when the sources give no date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    amount: ZApiMoneySchema.nullable(),
    amountUsd: ZApiMoneySchema.nullable().meta({ description: "The USD figure as the source reported it." }),
    citations: z.array(ZApiCitationSchema),
    alternativeValues: z.array(ZApiAlternativeValueSchema).meta({
      description: "Other values sources give for this entry's fields, each with its source and status.",
    }),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Event",
  "Any other fact: a milestone, a regulator's decision, a statement; dated when the sources say when.",
);
export type TApiEvent = z.infer<typeof ZApiEventSchema>;

export const resource = defineResource({
  kind: eventsKind,
  schemaId: "Event",
  description: "Events, newest first; undated ones last.",
  item: ZApiEventSchema,
  filters: {
    year: yearParam("Only events of this year."),
    kind: enumParam(EventKind, "Only events of this kind."),
  },
  where: (filters, slug): Prisma.EventWhereInput =>
    visible({ slug, kind: filters.kind, date: yearRange(filters.year) }),
  count: (where) => prisma.event.count({ where }),
  async find(where, page, { origin }) {
    const events = await prisma.event.findMany({
      where,
      orderBy: [...eventsKind.order],
      ...page,
    });
    const citations = await loadApiCitations("EVENT", events);
    const alternativeValues = await loadApiAlternativeValues("EVENT", events);
    return events.map((event) => ({
      slug: event.slug,
      title: event.title,
      kind: event.kind,
      date: toApiDate(event.date, event.datePrecision),
      summary: event.summary,
      amount: toApiMoney(event.amountMinor, event.currency),
      amountUsd: toApiMoney(event.amountUsdMinor, "USD"),
      citations: citations(event.id),
      alternativeValues: alternativeValues(event.id),
      pageUrl: origin + entryPath("EVENT", event.slug),
      updatedAt: event.updatedAt.toISOString(),
    }));
  },
});
