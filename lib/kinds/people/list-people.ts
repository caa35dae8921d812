import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { people } from "@/lib/kinds/people/kind";
import { FULL_ENTRY_PAGE_SIZE, queryPage, type PageOf } from "@/lib/content/paginate";
import type { AnchoredList } from "@/lib/content/list-anchor";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView } from "@/lib/content/types";
import type { Person } from "@/lib/generated/prisma/client";
import { loadCitations } from "@/lib/kinds/sources/load-citations";

export interface PersonView {
  slug: string;
  name: string;
  category: Person["category"];
  role: string;
  boardMember: boolean;
  background: string;
  citations: CitationView[];
}

/** Who `/people` shows, in its order: its pages and the anchors' page numbers read the same. */
const listed = () => ({ where: publishedWhere(), orderBy: [...people.order] });

/** `/people`: each person under an anchor of their slug. */
export const PEOPLE_LIST: AnchoredList = {
  path: "/people",
  pageSize: FULL_ENTRY_PAGE_SIZE,
  entries: () => prisma.person.findMany({ ...listed(), select: { slug: true } }),
};

async function withCitations(people: Person[]): Promise<PersonView[]> {
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
}

/** One page of the published people in editorial order, each with citations. */
export const listPeople = cachedQuery(
  "people:list",
  people.shows,
  async (page: number): Promise<PageOf<PersonView>> => {
    const { where, orderBy } = listed();
    return queryPage(
      page,
      () => prisma.person.count({ where }),
      async (window) => withCitations(await prisma.person.findMany({ where, orderBy, ...window })),
      PEOPLE_LIST.pageSize,
    );
  },
);

/** A founder as the company's structured data names them. */
export type FounderView = Pick<PersonView, "name" | "role">;

/** The published founders in editorial order. */
export const listFounders = cachedQuery("people:founders", ["PERSON"], async (): Promise<FounderView[]> =>
  prisma.person.findMany({
    where: { ...publishedWhere(), category: "FOUNDER" },
    orderBy: [...people.order],
    select: { name: true, role: true },
  }),
);
