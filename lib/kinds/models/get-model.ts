import "server-only";
import { lookupBySlug } from "@/lib/content/slug";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { isPublished, publishedWhere } from "@/lib/content/published";
import { toModelSummary, type ModelDetail } from "@/lib/kinds/models/model-view";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { models } from "@/lib/kinds/models/kind";

/** One published model with what it replaced, its collaborators and citations; null if none. */
export const getModel = lookupBySlug(
  cachedQuery("models:get", models.shows, async (slug: string): Promise<ModelDetail | null> => {
    const published = publishedWhere();
    const model = await prisma.aiModel.findFirst({
      where: { slug, ...published },
      include: {
        replaces: { select: { slug: true, name: true, status: true, publishedAt: true } },
        replacedBy: { where: published, select: { slug: true, name: true }, orderBy: { date: "asc" } },
        collaborators: {
          where: { organization: published },
          select: { organization: { select: { slug: true, name: true, nameZh: true } } },
        },
      },
    });
    if (!model) return null;
    const { replaces } = model;
    return {
      ...toModelSummary(model),
      replaces: replaces && isPublished(replaces) ? { slug: replaces.slug, name: replaces.name } : null,
      replacedBy: model.replacedBy,
      collaborators: model.collaborators.map((c) => c.organization),
      citations: await loadEntryCitations("MODEL", model.id),
      updatedAt: model.updatedAt.toISOString(),
    };
  }),
);
