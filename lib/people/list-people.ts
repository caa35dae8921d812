import "server-only";
import { cachedQuery } from "@/lib/cache";
import { prisma } from "@/lib/db";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView } from "@/lib/content/types";
import type { Person } from "@/lib/generated/prisma/client";
import { loadCitations } from "@/lib/sources/load-citations";

export interface PersonView {
  slug: string;
  name: string;
  category: Person["category"];
  role: string;
  boardMember: boolean;
  background: string;
  citations: CitationView[];
}

/** Published people in editorial order (founders first), each with citations. */
export const listPeople = cachedQuery(
  "people:list",
  ["PERSON", "SOURCE"],
  async (): Promise<PersonView[]> => {
    const people = await prisma.person.findMany({
      where: publishedWhere(),
      orderBy: [{ position: "asc" }, { name: "asc" }],
    });
    const citations = await loadCitations(
      "PERSON",
      people.map((p) => p.id),
    );
    return people.map((person) => ({
      slug: person.slug,
      name: person.name,
      category: person.category,
      role: person.role,
      boardMember: person.boardMember,
      background: person.background,
      citations: citations.get(person.id) ?? [],
    }));
  },
);
