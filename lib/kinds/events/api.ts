import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { events as eventsKind } from "@/lib/kinds/events/kind";
import {
  figureQualifierFields,
  toApiDate,
  toApiFigureQualifier,
  toApiMoney,
  ZApiDateSchema,
  ZApiMoneySchema,
} from "@/lib/api/fields";
import { enumParam, yearParam, yearRange } from "@/lib/api/query-params";
import { prisma } from "@/lib/platform/db";
import { EventKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const resource = defineEntryResource({
  kind: eventsKind,
  schemaId: "Event",
  schemaDescription:
    "Any other fact: a milestone, a regulator's decision, a statement; dated when the sources say when.",
  description: "Events, newest first; undated ones last.",
  fields: {
    title: z.string(),
    kind: z.enum(EventKind),
    date: ZApiDateSchema.nullable().meta({ description: "Null when the sources give no date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    amount: ZApiMoneySchema.nullable(),
    ...figureQualifierFields("amount"),
    amountUsd: ZApiMoneySchema.nullable().meta({ description: "The USD figure as the source reported it." }),
    ...figureQualifierFields("amountUsd"),
  },
  claims: true,
  filters: {
    year: yearParam("Only events of this year."),
    kind: enumParam(EventKind, "Only events of this kind."),
  },
  where: (filters, slug): Prisma.EventWhereInput =>
    visible({ slug, kind: filters.kind, date: yearRange(filters.year) }),
  rows: (where, page) =>
    prisma.event.findMany({
      where,
      orderBy: [...eventsKind.order],
      ...page,
    }),
  toItem: (event) => ({
    title: event.title,
    kind: event.kind,
    date: toApiDate(event.date, event.datePrecision),
    summary: event.summary,
    amount: toApiMoney(event.amountMinor, event.currency),
    ...toApiFigureQualifier("amount", event),
    amountUsd: toApiMoney(event.amountUsdMinor, "USD"),
    ...toApiFigureQualifier("amountUsd", event),
  }),
});
