import { formatOption } from "@/lib/format/option-label";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/site/citations";
import { CiteThis } from "@/components/site/cite-this";
import { EntryTools } from "@/components/site/entry-tools";
import { FactList } from "@/components/site/fact-list";
import { InlineLinks } from "@/components/site/inline-links";
import { DateFigureText, MoneyFigureText } from "@/components/site/figure-text";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/site/prose";
import { entryPath } from "@/lib/content/paths";
import { getRound } from "@/lib/kinds/funding/get-round";
import { t } from "@/lib/i18n";
import { citeEntry } from "@/lib/citation/cite-entry";
import { entryPageMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = entryPageMetadata("ROUND", getRound, (round) => ({
  title: round.name,
  text: round.summary,
}));

export default async function RoundPage({ params }: Props) {
  const round = await getRound((await params).slug);
  if (!round) notFound();
  const investorLinks = (lead: boolean) =>
    round.investors
      .filter((investor) => investor.isLead === lead)
      .map((investor) => ({ href: entryPath(investor.kind, investor.slug), label: investor.name }));

  return (
    <article>
      <p className="mb-2 text-sm">
        <Link href="/funding">← {t.funding.title}</Link>
      </p>
      <PageHeader title={round.name} />
      <FactList
        alternatives={round.alternativeValues}
        facts={[
          { label: t.funding.round, value: formatOption(t.enums.roundStage, round.stage) },
          { label: t.common.date, value: <DateFigureText figure={round.date} basis />, field: "date" },
          { label: t.fields.amount, value: <MoneyFigureText figure={round.amount} basis />, field: "amount" },
          {
            label: t.fields.amountUsd,
            value: <MoneyFigureText figure={round.amountUsd} basis />,
            field: "amountUsd",
          },
          {
            label: t.fields.valuation,
            value: <MoneyFigureText figure={round.valuation} basis />,
            field: "valuation",
          },
          { label: t.fields.instrument, value: formatOption(t.enums.instrument, round.instrument) },
          { label: t.funding.lead, value: <InlineLinks links={investorLinks(true)} /> },
          { label: t.funding.otherInvestors, value: <InlineLinks links={investorLinks(false)} /> },
        ]}
      />
      <Prose markdown={round.summary} className="mt-6" />
      <Citations citations={round.citations} />
      <EntryTools kind="ROUND" slug={round.slug} />
      <CiteThis
        citation={citeEntry("ROUND", { slug: round.slug, title: round.name, updatedAt: round.updatedAt })}
      />
    </article>
  );
}
