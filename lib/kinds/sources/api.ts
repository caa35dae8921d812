import "server-only";
import { z } from "zod";
import { defineResource, visible } from "@/lib/api/define-resource";
import { sources as sourcesKind } from "@/lib/kinds/sources/kind";
import { apiSourceSelect, toApiSourceRef, updatedAtField, ZApiSourceRefSchema } from "@/lib/api/fields";
import { textParam } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryKey, resolveEntries } from "@/lib/content/resolve-entries";
import { prisma } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { KINDS, kindOfCode } from "@/lib/kinds";

/** The API resources of the kinds a source can be cited by: every kind but sources. */
const CITING_RESOURCES = KINDS.flatMap((kind) => (kind.code === "SOURCE" ? [] : [kind.apiResource]));

export const ZApiSourceSchema = named(
  ZApiSourceRefSchema.extend({
    citedBy: z
      .array(
        z.object({
          resource: z.enum(CITING_RESOURCES),
          slug: z.string(),
          title: z.string(),
          pageUrl: z.url(),
        }),
      )
      .meta({ description: "The published entries that cite it: /{resource}/{slug}." }),
    updatedAt: updatedAtField(),
  }),
  "Source",
  "A published source: an article, a page, a filing.",
);

export const resource = defineResource({
  kind: sourcesKind,
  schemaId: "Source",
  description: "Sources, newest first; undated ones last.",
  // A source lists what cites it: any kind.
  item: ZApiSourceSchema,
  filters: {
    publisher: textParam("Only sources of this publisher, exactly as written, e.g. `TechCrunch`."),
    language: textParam("Only sources in this language (ISO 639-1 code, e.g. `en`)."),
  },
  where: (filters, slug): Prisma.SourceWhereInput =>
    visible({ slug, publisher: filters.publisher, language: filters.language }),
  count: (where) => prisma.source.count({ where }),
  async find(where, page, { origin }) {
    const sources = await prisma.source.findMany({
      where,
      select: {
        ...apiSourceSelect,
        updatedAt: true,
        citations: {
          select: { subjectType: true, subjectId: true },
          orderBy: [{ position: "asc" }, { id: "asc" }],
        },
      },
      orderBy: [...sourcesKind.order],
      ...page,
    });
    const entries = await resolveEntries(
      sources.flatMap((s) => s.citations.map((c) => ({ kind: c.subjectType, id: c.subjectId }))),
    );
    return sources.map(({ citations, updatedAt, ...source }) => {
      const citedBy = new Map<string, z.infer<typeof ZApiSourceSchema>["citedBy"][number]>();
      for (const citation of citations) {
        const entry = entries.get(entryKey(citation.subjectType, citation.subjectId));
        if (entry) {
          citedBy.set(entry.href, {
            resource: kindOfCode(entry.kind).apiResource,
            slug: entry.slug,
            title: entry.title,
            pageUrl: origin + entry.href,
          });
        }
      }
      return {
        ...toApiSourceRef(source),
        citedBy: [...citedBy.values()],
        updatedAt: updatedAt.toISOString(),
      };
    });
  },
});
