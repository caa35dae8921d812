import "server-only";
import { z } from "zod";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { explainers as explainersKind } from "@/lib/kinds/explainers/kind";
import { pageUrlField, updatedAtField, ZApiCitationSchema } from "@/lib/api/fields";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiExplainerSchema = named(
  z.object({
    slug: z.string(),
    heading: z.string(),
    body: z.string().meta({ description: "Markdown, Chinese." }),
    citations: z.array(ZApiCitationSchema),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Explainer",
  "A section of the explainer on the home page.",
);
export type TApiExplainer = z.infer<typeof ZApiExplainerSchema>;

export const resource = defineResource({
  kind: explainersKind,
  schemaId: "Explainer",
  description: "The explainer's sections, in reading order.",
  item: ZApiExplainerSchema,
  filters: {},
  where: (_filters, slug): Prisma.ExplainerSectionWhereInput => visible({ slug }),
  count: (where) => prisma.explainerSection.count({ where }),
  async find(where, page, { origin }) {
    const sections = await prisma.explainerSection.findMany({
      where,
      orderBy: [...explainersKind.order],
      ...page,
    });
    const citations = await loadApiCitations("EXPLAINER", sections);
    return sections.map((section) => ({
      slug: section.slug,
      heading: section.heading,
      body: section.body,
      citations: citations(section.id),
      pageUrl: origin + entryPath("EXPLAINER", section.slug),
      updatedAt: section.updatedAt.toISOString(),
    }));
  },
});
