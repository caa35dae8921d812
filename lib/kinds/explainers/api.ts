import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { explainers as explainersKind } from "@/lib/kinds/explainers/kind";

import { prisma } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const resource = defineEntryResource({
  kind: explainersKind,
  schemaId: "Explainer",
  schemaDescription: "A section of the explainer on the home page.",
  description: "The explainer's sections, in reading order.",
  fields: {
    heading: z.string(),
    body: z.string().meta({ description: "Markdown, Chinese." }),
  },
  filters: {},
  where: (_filters, slug): Prisma.ExplainerSectionWhereInput => visible({ slug }),
  rows: (where, page) =>
    prisma.explainerSection.findMany({
      where,
      orderBy: [...explainersKind.order],
      ...page,
    }),
  toItem: (section) => ({
    heading: section.heading,
    body: section.body,
  }),
});
