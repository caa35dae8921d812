import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangeList } from "@/components/site/change-list";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { parseChangeLogQuery } from "@/lib/changes/change-log-query";
import { findPublishedEntry } from "@/lib/changes/find-published-entry";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { CHANGES_FEED_PATH, CHANGES_PATH } from "@/lib/changes/paths";
import { LIST_PAGE_SIZE } from "@/lib/content/paginate";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo/page-metadata";

const c = t.changes.log;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(props: Props) {
  const query = parseChangeLogQuery(await props.searchParams);
  if (!query) notFound();
  const entry = query.slug ? await findPublishedEntry(query.kind!, query.slug) : null;
  if (query.slug && !entry) notFound();
  const entryId = entry?.id ?? query.id;
  const changes = await listPublicChanges(
    entryId ? { entries: [{ kind: query.kind!, entryId }] } : {},
    query.page,
    LIST_PAGE_SIZE,
  );
  // One entry's log is titled with the entry: as it is now, or as its last change left it.
  const entryTitle = entry?.title ?? (query.id ? changes.items[0]?.title : undefined);
  if (query.id && !entryTitle) notFound();
  return { query, entryId, changes, entryTitle };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { entryTitle } = await load(props);
  return pageMetadata({
    title: entryTitle ? c.entryTitle(entryTitle) : c.title,
    description: entryTitle ? c.entryIntro : c.intro,
    path: CHANGES_PATH,
    moreFeeds: [{ url: CHANGES_FEED_PATH, title: c.feed }],
  });
}

export default async function ChangesPage(props: Props) {
  const { query, entryId, changes, entryTitle } = await load(props);
  return (
    <>
      <PageHeader
        title={entryTitle ? c.entryTitle(entryTitle) : c.title}
        intro={entryTitle ? c.entryIntro : c.intro}
      >
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
          {entryId ? <Link href={CHANGES_PATH}>{c.all}</Link> : null}
          <a href={CHANGES_FEED_PATH}>{c.feed}</a>
        </p>
      </PageHeader>
      <ChangeList changes={changes.items} linkEntries={!entryId} />
      <Pagination
        path={CHANGES_PATH}
        params={{ kind: query.kind, id: query.id, slug: query.slug }}
        page={changes.page}
        pageCount={changes.pageCount}
      />
    </>
  );
}
