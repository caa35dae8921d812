import { Badge } from "@/components/site/badge";
import { Citations } from "@/components/site/citations";
import { FactList } from "@/components/site/fact-list";
import { MoneyText } from "@/components/site/money-text";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { t } from "@/lib/i18n";
import { listProducts } from "@/lib/kinds/products/list-products";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("products");

export default async function ProductsPage(props: ListPageProps) {
  const { items: products, page, pageCount } = await listProducts(await listPage(props));
  return (
    <>
      <PageHeader title={t.products.title} intro={t.products.intro}>
        <CsvDownloadLink resource="products" />
      </PageHeader>
      <div className="space-y-10">
        {products.map((product) => (
          <article key={product.slug} id={product.slug} aria-labelledby={`${product.slug}-name`}>
            <h2 id={`${product.slug}-name`} className="mb-1 text-2xl font-semibold">
              {product.name}
            </h2>
            <p className="mb-3">
              <Badge>{t.enums.productCategory[product.category]}</Badge>
            </p>
            <FactList
              facts={[
                { label: t.products.launched, value: <PartialDateText date={product.date} /> },
                { label: t.fields.platforms, value: product.platforms || t.common.none },
                ...(product.price
                  ? [
                      {
                        label: t.fields.price,
                        value: (
                          <>
                            <MoneyText money={product.price} />
                            {product.pricePeriod
                              ? ` / ${t.products.per[product.pricePeriod] ?? product.pricePeriod}`
                              : ""}
                          </>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <Prose markdown={product.summary} className="mt-4" />
            <Citations citations={product.citations} headingLevel={3} />
          </article>
        ))}
      </div>
      <Pagination path="/products" params={{}} page={page} pageCount={pageCount} />
    </>
  );
}
