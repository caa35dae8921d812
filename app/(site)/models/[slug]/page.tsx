import { formatOption } from "@/lib/format/option-label";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citations } from "@/components/site/citations";
import { CiteThis } from "@/components/site/cite-this";
import { EntryTools } from "@/components/site/entry-tools";
import { FactList } from "@/components/site/fact-list";
import { InlineLinks } from "@/components/site/inline-links";
import { JsonLd } from "@/components/site/json-ld";
import { PageHeader } from "@/components/site/page-header";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { entryLink } from "@/lib/content/paths";
import { formatYesNo } from "@/lib/format/yes-no";
import { SUBJECT_ORGANIZATION_SLUG } from "@/lib/home/get-snapshot";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { getModel } from "@/lib/kinds/models/get-model";
import { getOrganization } from "@/lib/kinds/organizations/get-organization";
import { modelJsonLd } from "@/lib/seo/json-ld";
import { citeEntry } from "@/lib/citation/cite-entry";
import { entryPageMetadata } from "@/lib/seo/page-metadata";

type Props = { params: Promise<{ slug: string }> };

const modelLink = (model: { slug: string; name: string }) => entryLink("MODEL", model);

export const generateMetadata = entryPageMetadata("MODEL", getModel, (model) => ({
  title: model.name,
  text: model.summary,
}));

export default async function ModelPage({ params }: Props) {
  const [model, company] = await Promise.all([
    getModel((await params).slug),
    getOrganization(SUBJECT_ORGANIZATION_SLUG),
  ]);
  if (!model) notFound();

  return (
    <article>
      <JsonLd data={modelJsonLd(model, company, siteOrigin())} />
      <p className="mb-2 text-sm">
        <Link href="/models">← {t.models.title}</Link>
      </p>
      <PageHeader title={model.name} />
      <FactList
        facts={[
          { label: t.fields.family, value: model.family ?? t.common.unspecified },
          { label: t.models.released, value: <PartialDateText date={model.date} /> },
          { label: t.fields.category, value: formatOption(t.enums.modelCategory, model.category) },
          { label: t.fields.license, value: model.licenseName || t.enums.modelLicense[model.license] },
          { label: t.fields.openWeights, value: formatYesNo(model.openWeights) },
          {
            label: t.models.replaces,
            value: <InlineLinks links={model.replaces ? [modelLink(model.replaces)] : []} />,
          },
          ...(model.replacedBy.length
            ? [{ label: t.fields.replacedBy, value: <InlineLinks links={model.replacedBy.map(modelLink)} /> }]
            : []),
          {
            label: t.fields.collaborators,
            value: <InlineLinks links={model.collaborators.map((org) => entryLink("ORGANIZATION", org))} />,
          },
        ]}
      />
      <Prose markdown={model.summary} className="mt-6" />
      <Citations citations={model.citations} />
      <EntryTools kind="MODEL" slug={model.slug} />
      <CiteThis
        citation={citeEntry("MODEL", { slug: model.slug, title: model.name, updatedAt: model.updatedAt })}
      />
    </article>
  );
}
