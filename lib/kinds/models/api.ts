import "server-only";
import { z } from "zod";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { models as modelsKind } from "@/lib/kinds/models/kind";
import {
  pageUrlField,
  toApiDate,
  updatedAtField,
  ZApiCitationSchema,
  ZApiDateSchema,
  ZApiOrganizationRefSchema,
} from "@/lib/api/fields";
import { booleanOrUnknownParam, enumParam, textParam } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { isPublished, publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import { ModelCategory, ModelLicense } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const ZModelRefSchema = z.object({ slug: z.string(), name: z.string() });

export const ZApiModelSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    family: z.string(),
    category: z.enum(ModelCategory),
    license: z.enum(ModelLicense),
    licenseName: z.string().meta({ description: "The licence as the source names it; may be empty." }),
    openWeights: z
      .boolean()
      .nullable()
      .meta({ description: "Whether the weights are open; null when the sources do not say." }),
    date: ZApiDateSchema.nullable().meta({ description: "Release date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    replaces: ZModelRefSchema.nullable(),
    replacedBy: z.array(ZModelRefSchema),
    collaborators: z.array(ZApiOrganizationRefSchema),
    citations: z.array(ZApiCitationSchema),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Model",
  "A model released by Mistral AI.",
);
export type TApiModel = z.infer<typeof ZApiModelSchema>;

const include = () => {
  const published = publishedWhere();
  return {
    replaces: { select: { slug: true, name: true, status: true, publishedAt: true } },
    replacedBy: {
      where: published,
      select: { slug: true, name: true },
      orderBy: [{ date: "asc" as const }, { slug: "asc" as const }],
    },
    collaborators: {
      where: { organization: published },
      select: { organization: { select: { slug: true, name: true, nameZh: true } } },
      orderBy: { organization: { name: "asc" as const } },
    },
  } satisfies Prisma.AiModelInclude;
};

export const resource = defineResource({
  kind: modelsKind,
  schemaId: "Model",
  description: "Models, newest first.",
  item: ZApiModelSchema,
  filters: {
    category: enumParam(ModelCategory, "Only models of this category."),
    license: enumParam(ModelLicense, "Only models under this kind of licence."),
    open_weights: booleanOrUnknownParam(
      "Only models whose weights are (true) or are not (false) open, or whose sources do not say (unknown).",
    ),
    family: textParam("Only models of this family, exactly as written, e.g. `Mistral Large`."),
  },
  where: (filters, slug): Prisma.AiModelWhereInput =>
    visible({
      slug,
      category: filters.category,
      license: filters.license,
      openWeights: filters.open_weights,
      family: filters.family,
    }),
  count: (where) => prisma.aiModel.count({ where }),
  async find(where, page, { origin }) {
    const models = await prisma.aiModel.findMany({
      where,
      include: include(),
      orderBy: [...modelsKind.order],
      ...page,
    });
    const citations = await loadApiCitations("MODEL", models);
    return models.map((model) => ({
      slug: model.slug,
      name: model.name,
      family: model.family,
      category: model.category,
      license: model.license,
      licenseName: model.licenseName,
      openWeights: model.openWeights,
      date: toApiDate(model.date, model.datePrecision),
      summary: model.summary,
      replaces:
        model.replaces && isPublished(model.replaces)
          ? { slug: model.replaces.slug, name: model.replaces.name }
          : null,
      replacedBy: model.replacedBy,
      collaborators: model.collaborators.map((c) => c.organization),
      citations: citations(model.id),
      pageUrl: origin + entryPath("MODEL", model.slug),
      updatedAt: model.updatedAt.toISOString(),
    }));
  },
});
