import Link from "next/link";
import { Badge } from "@/components/site/badge";
import { FilterForm } from "@/components/site/filter-form";
import { JsonLd } from "@/components/site/json-ld";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { PartialDateText } from "@/components/site/partial-date";
import { ModelCategory, ModelLicense } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { markdownToText } from "@/lib/markdown";
import { listModels, ZModelFiltersSchema } from "@/lib/kinds/models/list-models";
import { datasetJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listParams, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("models");

export default async function ModelsPage(props: ListPageProps) {
  const { page: requestedPage, ...filters } = ZModelFiltersSchema.parse(await listParams(props));
  const { items: models, total, page, pageCount } = await listModels({ ...filters, page: requestedPage });

  return (
    <>
      <JsonLd data={datasetJsonLd("models", siteOrigin())} />
      <PageHeader title={t.models.title} intro={t.models.intro}>
        <CsvDownloadLink resource="models" />
      </PageHeader>
      <FilterForm
        action="/models"
        fields={[
          {
            name: "category",
            label: t.fields.category,
            value: filters.category,
            options: Object.values(ModelCategory).map((v) => ({ value: v, label: t.enums.modelCategory[v] })),
          },
          {
            name: "license",
            label: t.fields.license,
            value: filters.license,
            options: Object.values(ModelLicense).map((v) => ({ value: v, label: t.enums.modelLicense[v] })),
          },
          {
            name: "openWeights",
            label: t.fields.openWeights,
            value: filters.openWeights,
            options: [
              { value: "yes", label: t.common.yes },
              { value: "no", label: t.common.no },
              { value: "unknown", label: t.common.unspecified },
            ],
          },
        ]}
      />
      <p className="mb-4 text-sm text-muted" role="status">
        {t.common.results(total)}
      </p>
      {total === 0 ? (
        <p>{t.models.empty}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {models.map((model) => (
            <li key={model.slug} className="card">
              <h2 className="card-title">
                <Link href={`/models/${model.slug}`}>{model.name}</Link>
              </h2>
              <p className="meta mt-1">
                {model.family ? `${model.family} · ` : null}
                <PartialDateText date={model.date} />
              </p>
              <p className="mt-2 flex flex-wrap gap-1">
                {model.category ? <Badge>{t.enums.modelCategory[model.category]}</Badge> : null}
                <Badge tone="brand">{model.licenseName || t.enums.modelLicense[model.license]}</Badge>
                {model.openWeights ? <Badge tone="green">{t.fields.openWeights}</Badge> : null}
              </p>
              <p className="excerpt mt-2">{markdownToText(model.summary)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/models" params={filters} page={page} pageCount={pageCount} />
    </>
  );
}
