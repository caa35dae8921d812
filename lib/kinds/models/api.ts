import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { models as modelsKind } from "@/lib/kinds/models/kind";
import { toApiDate, ZApiDateSchema, ZApiOrganizationRefSchema } from "@/lib/api/fields";
import { booleanOrUnknownParam, enumParam, textParam } from "@/lib/api/query-params";
import { isPublished, publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import { ModelCategory, ModelLicense } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const ZModelRefSchema = z.object({ slug: z.string(), name: z.string() });

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

export const resource = defineEntryResource({
  kind: modelsKind,
  schemaId: "Model",
  schemaDescription: "A model released by Mistral AI.",
  description: "Models, newest first.",
  fields: {
    name: z.string(),
    family: z.string().nullable().meta({ description: "Null when the sources name no series." }),
    category: z
      .enum(ModelCategory)
      .nullable()
      .meta({ description: "Null when the sources give it no category." }),
    license: z.enum(ModelLicense),
    licenseName: z
      .string()
      .nullable()
      .meta({ description: "The licence as the source names it; null when it names none." }),
    openWeights: z
      .boolean()
      .nullable()
      .meta({ description: "Whether the weights are open; null when the sources do not say." }),
    date: ZApiDateSchema.nullable().meta({ description: "Release date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    replaces: ZModelRefSchema.nullable(),
    replacedBy: z.array(ZModelRefSchema),
    collaborators: z.array(ZApiOrganizationRefSchema),
  },
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
  rows: (where, page) =>
    prisma.aiModel.findMany({
      where,
      include: include(),
      orderBy: [...modelsKind.order],
      ...page,
    }),
  toItem: (model) => ({
    name: model.name,
    family: model.family,
    category: model.category,
    license: model.license,
    licenseName: model.licenseName || null,
    openWeights: model.openWeights,
    date: toApiDate(model.date, model.datePrecision),
    summary: model.summary,
    replaces:
      model.replaces && isPublished(model.replaces)
        ? { slug: model.replaces.slug, name: model.replaces.name }
        : null,
    replacedBy: model.replacedBy,
    collaborators: model.collaborators.map((c) => c.organization),
  }),
});
