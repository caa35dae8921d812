import "server-only";
import { z } from "zod";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { people as peopleKind } from "@/lib/kinds/people/kind";
import { pageUrlField, updatedAtField, ZApiCitationSchema } from "@/lib/api/fields";
import { enumParam } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import { PersonCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiPersonSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    category: z.enum(PersonCategory),
    role: z.string().meta({ description: "Chinese, e.g. 联合创始人、首席执行官; may be empty." }),
    boardMember: z.boolean(),
    background: z.string().meta({ description: "Markdown, Chinese." }),
    citations: z.array(ZApiCitationSchema),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Person",
  "A founder, adviser, board member or individual investor. Rounds they joined: " +
    "/funding-rounds?investor={slug}.",
);
export type TApiPerson = z.infer<typeof ZApiPersonSchema>;

export const resource = defineResource({
  kind: peopleKind,
  schemaId: "Person",
  description: "People, founders first.",
  item: ZApiPersonSchema,
  filters: {
    category: enumParam(PersonCategory, "Only people of this category."),
  },
  where: (filters, slug): Prisma.PersonWhereInput => visible({ slug, category: filters.category }),
  count: (where) => prisma.person.count({ where }),
  async find(where, page, { origin }) {
    const people = await prisma.person.findMany({
      where,
      orderBy: [...peopleKind.order],
      ...page,
    });
    const citations = await loadApiCitations("PERSON", people);
    return people.map((person) => ({
      slug: person.slug,
      name: person.name,
      category: person.category,
      role: person.role,
      boardMember: person.boardMember,
      background: person.background,
      citations: citations(person.id),
      pageUrl: origin + entryPath("PERSON", person.slug),
      updatedAt: person.updatedAt.toISOString(),
    }));
  },
});
