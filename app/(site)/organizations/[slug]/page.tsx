import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/site/badge";
import { Citations } from "@/components/site/citations";
import { CiteThis } from "@/components/site/cite-this";
import { EntryTools } from "@/components/site/entry-tools";
import { FactList } from "@/components/site/fact-list";
import { InlineLinks } from "@/components/site/inline-links";
import { DateFigureText, MoneyFigureText } from "@/components/site/figure-text";
import { PageHeader } from "@/components/site/page-header";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { entryLink } from "@/lib/content/paths";
import { t } from "@/lib/i18n";
import { getOrganization } from "@/lib/kinds/organizations/get-organization";
import { citeEntry } from "@/lib/citation/cite-entry";
import { entryPageMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = entryPageMetadata("ORGANIZATION", getOrganization, (org) => ({
  title: org.name,
  text: org.description,
}));

export default async function OrganizationPage({ params }: Props) {
  const org = await getOrganization((await params).slug);
  if (!org) notFound();
  return (
    <article>
      <PageHeader title={org.name}>
        {org.nameZh ? <p className="mt-1 text-lg text-muted">{org.nameZh}</p> : null}
      </PageHeader>
      <FactList
        facts={[
          { label: t.fields.type, value: t.enums.organizationType[org.type] },
          ...(org.country ? [{ label: t.fields.country, value: org.country }] : []),
          ...(org.headquarters ? [{ label: t.home.headquarters, value: org.headquarters }] : []),
          ...(org.founded ? [{ label: t.home.founded, value: <PartialDateText date={org.founded} /> }] : []),
          ...(org.website
            ? [
                {
                  label: t.fields.website,
                  value: (
                    <a href={org.website} rel="noopener noreferrer">
                      {org.website}
                    </a>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Prose markdown={org.description} className="mt-6" />

      {org.rounds.length ? (
        <section aria-labelledby="org-rounds" className="mt-8">
          <h2 id="org-rounds" className="mb-3 text-xl font-semibold">
            {t.organizations.rounds}
          </h2>
          <ul className="space-y-2">
            {org.rounds.map((round) => (
              <li key={round.slug}>
                <Link href={`/funding/${round.slug}`}>{round.name}</Link>{" "}
                <span className="text-sm text-muted">
                  <DateFigureText figure={round.date} /> · <MoneyFigureText figure={round.amount} />
                </span>{" "}
                {round.ledByThis ? <Badge tone="brand">{t.funding.lead}</Badge> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {org.partnerships.length ? (
        <section aria-labelledby="org-deals" className="mt-8">
          <h2 id="org-deals" className="mb-3 text-xl font-semibold">
            {t.organizations.deals}
          </h2>
          <ul className="space-y-2">
            {org.partnerships.map((deal) => (
              <li key={deal.slug}>
                <Link href={`/partnerships/${deal.slug}`}>{deal.title}</Link>{" "}
                <span className="text-sm text-muted">
                  <PartialDateText date={deal.date} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {org.models.length ? (
        <section aria-labelledby="org-models" className="mt-8">
          <h2 id="org-models" className="mb-3 text-xl font-semibold">
            {t.organizations.models}
          </h2>
          <p>
            <InlineLinks links={org.models.map((m) => entryLink("MODEL", m))} />
          </p>
        </section>
      ) : null}

      <Citations citations={org.citations} />
      <EntryTools kind="ORGANIZATION" slug={org.slug} />
      <CiteThis
        citation={citeEntry("ORGANIZATION", { slug: org.slug, title: org.name, updatedAt: org.updatedAt })}
      />
    </article>
  );
}
