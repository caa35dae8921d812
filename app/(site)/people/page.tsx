import { Badge } from "@/components/site/badge";
import { Citations } from "@/components/site/citations";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { Prose } from "@/components/site/prose";
import { t } from "@/lib/i18n";
import { listPeople, type PersonView } from "@/lib/kinds/people/list-people";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("people");

const GROUP_ORDER: PersonView["category"][] = ["FOUNDER", "ADVISER", "INVESTOR", "OTHER"];

export default async function PeoplePage(props: ListPageProps) {
  const { items: people, page, pageCount } = await listPeople(await listPage(props));
  const groups = GROUP_ORDER.map((category) => ({
    category,
    people: people.filter((p) => p.category === category),
  })).filter((group) => group.people.length > 0);

  return (
    <>
      <PageHeader title={t.people.title} intro={t.people.intro}>
        <CsvDownloadLink resource="people" />
      </PageHeader>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`} className="mb-10">
          <h2 id={`group-${group.category}`} className="mb-4 text-2xl font-semibold">
            {t.enums.personCategory[group.category]}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.people.map((person) => (
              <article key={person.slug} id={person.slug} className="card">
                <h3 className="card-title">{person.name}</h3>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                  {person.role}
                  {person.boardMember ? <Badge tone="brand">{t.fields.boardMember}</Badge> : null}
                </p>
                <Prose markdown={person.background} className="mt-2 text-sm" />
                <Citations citations={person.citations} headingLevel={3} />
              </article>
            ))}
          </div>
        </section>
      ))}
      <Pagination path="/people" params={{}} page={page} pageCount={pageCount} />
    </>
  );
}
