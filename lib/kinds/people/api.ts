import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { people as peopleKind } from "@/lib/kinds/people/kind";

import { enumParam } from "@/lib/api/query-params";
import { prisma } from "@/lib/platform/db";
import { PersonCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const resource = defineEntryResource({
  kind: peopleKind,
  schemaId: "Person",
  schemaDescription:
    "A founder, adviser, board member or individual investor. Rounds they joined: " +
    "/funding-rounds?investor={slug}.",
  description: "People, founders first.",
  fields: {
    name: z.string(),
    category: z.enum(PersonCategory),
    role: z.string().meta({ description: "Chinese, e.g. 联合创始人、首席执行官; may be empty." }),
    boardMember: z.boolean(),
    background: z.string().meta({ description: "Markdown, Chinese." }),
  },
  filters: {
    category: enumParam(PersonCategory, "Only people of this category."),
  },
  where: (filters, slug): Prisma.PersonWhereInput => visible({ slug, category: filters.category }),
  rows: (where, page) =>
    prisma.person.findMany({
      where,
      orderBy: [...peopleKind.order],
      ...page,
    }),
  toItem: (person) => ({
    name: person.name,
    category: person.category,
    role: person.role,
    boardMember: person.boardMember,
    background: person.background,
  }),
});
