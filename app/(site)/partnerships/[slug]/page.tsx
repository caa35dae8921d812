import { formatOption } from "@/lib/format/option-label";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/site/citations";
import { CiteThis } from "@/components/site/cite-this";
import { EntryTools } from "@/components/site/entry-tools";
import { FactList } from "@/components/site/fact-list";
import { InlineLinks } from "@/components/site/inline-links";
import { MoneyFigureText } from "@/components/site/figure-text";
import { PageHeader } from "@/components/site/page-header";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { entryLink } from "@/lib/content/paths";
import { t } from "@/lib/i18n";
import { getPartnership } from "@/lib/kinds/partnerships/get-partnership";
import { citeEntry } from "@/lib/citation/cite-entry";
import { entryPageMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = entryPageMetadata("PARTNERSHIP", getPartnership, (deal) => ({
  title: deal.title,
  text: deal.summary,
}));

export default async function PartnershipPage({ params }: Props) {
  const deal = await getPartnership((await params).slug);
  if (!deal) notFound();
  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href="/partnerships">← {t.partnerships.title}</Link>
      </p>
      <PageHeader title={deal.title} />
      <FactList
        alternatives={deal.alternativeValues}
        facts={[
          {
            label: t.fields.partners,
            value: <InlineLinks links={deal.partners.map((o) => entryLink("ORGANIZATION", o))} />,
          },
          { label: t.common.date, value: <PartialDateText date={deal.date} />, field: "date" },
          { label: t.fields.category, value: formatOption(t.enums.partnershipCategory, deal.category) },
          ...(deal.amount
            ? [
                {
                  label: t.partnerships.money,
                  value: <MoneyFigureText figure={deal.amount} basis />,
                  field: "amount",
                },
              ]
            : []),
        ]}
      />
      <Prose markdown={deal.summary} className="mt-6" />
      <Citations citations={deal.citations} />
      <EntryTools kind="PARTNERSHIP" slug={deal.slug} />
      <CiteThis
        citation={citeEntry("PARTNERSHIP", { slug: deal.slug, title: deal.title, updatedAt: deal.updatedAt })}
      />
    </article>
  );
}
