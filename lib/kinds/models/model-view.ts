import { toPartialDate } from "@/lib/content/convert";
import type { CitationView, OrganizationRef, PartialDate } from "@/lib/content/types";
import type { AiModel } from "@/lib/generated/prisma/client";

export type ModelCategory = AiModel["category"];
export type ModelLicense = AiModel["license"];

export interface ModelSummary {
  slug: string;
  name: string;
  family: string | null;
  category: ModelCategory;
  license: ModelLicense;
  licenseName: string;
  /** Null when the sources do not say. */
  openWeights: boolean | null;
  date: PartialDate | null;
  summary: string;
}

export interface ModelDetail extends ModelSummary {
  replaces: { slug: string; name: string } | null;
  replacedBy: { slug: string; name: string }[];
  collaborators: OrganizationRef[];
  citations: CitationView[];
  updatedAt: string;
}

export function toModelSummary(model: AiModel): ModelSummary {
  return {
    slug: model.slug,
    name: model.name,
    family: model.family,
    category: model.category,
    license: model.license,
    licenseName: model.licenseName,
    openWeights: model.openWeights,
    date: toPartialDate(model.date, model.datePrecision),
    summary: model.summary,
  };
}
