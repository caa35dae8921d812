import "server-only";
import { z } from "zod";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { models } from "@/lib/kinds/models/kind";
import { queryPage, ZPageNumberSchema, type PageOf } from "@/lib/content/paginate";
import { publishedWhere } from "@/lib/content/published";
import { ModelCategory, ModelLicense } from "@/lib/generated/prisma/enums";
import { toModelSummary, type ModelSummary } from "@/lib/kinds/models/model-view";

/** The catalogue's filters as they arrive in the URL; anything unknown is ignored. */
export const ZModelFiltersSchema = z.object({
  category: z.enum(ModelCategory).optional().catch(undefined),
  license: z.enum(ModelLicense).optional().catch(undefined),
  /** "unknown": the sources do not say. */
  openWeights: z.enum(["yes", "no", "unknown"]).optional().catch(undefined),
  page: ZPageNumberSchema,
});
export type TModelFilters = z.infer<typeof ZModelFiltersSchema>;

/** The filter's value as a condition on the column: NULL is "the sources do not say". */
const OPEN_WEIGHTS_WHERE = { yes: true, no: false, unknown: null, any: undefined } as const;

/** One page of the published models, newest first, narrowed by the catalogue's filters. */
export const listModels = cachedQuery(
  "models:list",
  ["MODEL"],
  async ({ page, ...filters }: TModelFilters): Promise<PageOf<ModelSummary>> => {
    const where = {
      ...publishedWhere(),
      category: filters.category,
      license: filters.license,
      openWeights: OPEN_WEIGHTS_WHERE[filters.openWeights ?? "any"],
    };
    return queryPage(
      page,
      () => prisma.aiModel.count({ where }),
      async (window) =>
        (
          await prisma.aiModel.findMany({
            where,
            orderBy: [...models.order],
            ...window,
          })
        ).map(toModelSummary),
    );
  },
);
