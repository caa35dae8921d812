import Link from "next/link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/site/citations";
import { CiteThis } from "@/components/site/cite-this";
import { EntryTools } from "@/components/site/entry-tools";
import { FactList } from "@/components/site/fact-list";
import { MoneyFigureText } from "@/components/site/figure-text";
import { PageHeader } from "@/components/site/page-header";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { getEvent } from "@/lib/kinds/events/get-event";
import { t } from "@/lib/i18n";
import { citeEntry } from "@/lib/citation/cite-entry";
import { entryPageMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = entryPageMetadata("EVENT", getEvent, (event) => ({
  title: event.title,
  text: event.summary,
}));

export default async function EventPage({ params }: Props) {
  const event = await getEvent((await params).slug);
  if (!event) notFound();
  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href="/timeline">← {t.timeline.title}</Link>
      </p>
      <PageHeader title={event.title} />
      <FactList
        alternatives={event.alternativeValues}
        facts={[
          { label: t.common.date, value: <PartialDateText date={event.date} />, field: "date" },
          { label: t.timeline.kind, value: t.enums.eventKind[event.kind] },
          ...(event.amount
            ? [
                {
                  label: t.fields.amount,
                  value: <MoneyFigureText figure={event.amount} basis />,
                  field: "amount",
                },
              ]
            : []),
          ...(event.amountUsd
            ? [
                {
                  label: t.fields.amountUsd,
                  value: <MoneyFigureText figure={event.amountUsd} basis />,
                  field: "amountUsd",
                },
              ]
            : []),
        ]}
      />
      <Prose markdown={event.summary} className="mt-6" />
      <Citations citations={event.citations} />
      <EntryTools kind="EVENT" slug={event.slug} />
      <CiteThis
        citation={citeEntry("EVENT", { slug: event.slug, title: event.title, updatedAt: event.updatedAt })}
      />
    </article>
  );
}
