import { entryPath } from "@/lib/content/paths";
import type { ExplainerView } from "@/lib/kinds/explainers/list-explainers";
import { partialDateAttribute } from "@/lib/format/date";
import { t } from "@/lib/i18n";
import type { ModelDetail } from "@/lib/kinds/models/model-view";
import type { OrganizationDetail } from "@/lib/kinds/organizations/get-organization";
import type { FounderView } from "@/lib/kinds/people/list-people";
import { DATASET_DOWNLOADS } from "@/lib/seo/dataset-downloads";
import { MAIN_PAGES, type MainPageKey } from "@/lib/seo/main-pages";
import { plainDescription } from "@/lib/seo/page-metadata";

// schema.org descriptions of the site's pages, for search engines. Every URL is absolute
// (`origin` is the public origin) and every statement comes from published data.

export type JsonLd = { "@context": "https://schema.org"; "@type": string } & Record<string, unknown>;

const CONTEXT = "https://schema.org" as const;

/** JSON for a `<script>` element: `<` escaped, so no value can close the element early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** This site, as the author and publisher of what it compiles. */
function thisSite(origin: string) {
  return { "@type": "Organization", name: t.site.name, url: `${origin}/` };
}

/** The node that stands for an organization, shared by every description that refers to it. */
export function organizationId(origin: string, slug: string): string {
  return `${origin}${entryPath("ORGANIZATION", slug)}#organization`;
}

type Company = Pick<
  OrganizationDetail,
  "slug" | "name" | "nameZh" | "description" | "founded" | "headquarters" | "country" | "website"
>;

/** The company the site is about, with its founders. */
export function companyJsonLd(company: Company, founders: FounderView[], origin: string): JsonLd {
  const address = {
    ...(company.headquarters ? { addressLocality: company.headquarters } : {}),
    ...(company.country ? { addressCountry: company.country } : {}),
  };
  return {
    "@context": CONTEXT,
    "@type": "Organization",
    "@id": organizationId(origin, company.slug),
    name: company.name,
    ...(company.nameZh ? { alternateName: company.nameZh } : {}),
    url: `${origin}${entryPath("ORGANIZATION", company.slug)}`,
    description: plainDescription(company.description),
    ...(company.founded ? { foundingDate: partialDateAttribute(company.founded) } : {}),
    ...(founders.length
      ? {
          founders: founders.map((person) => ({
            "@type": "Person",
            name: person.name,
            jobTitle: person.role,
          })),
        }
      : {}),
    ...(Object.keys(address).length ? { address: { "@type": "PostalAddress", ...address } } : {}),
    ...(company.website ? { sameAs: [company.website] } : {}),
  };
}

/** The explainer on the home page, as one article about the company. */
export function explainerJsonLd(sections: ExplainerView[], companySlug: string, origin: string): JsonLd {
  const lastChange = sections
    .map((s) => s.updatedAt)
    .sort()
    .at(-1);
  return {
    "@context": CONTEXT,
    "@type": "Article",
    headline: t.home.explainer,
    inLanguage: t.locale,
    url: `${origin}/`,
    articleSection: sections.map((s) => s.heading),
    ...(lastChange ? { dateModified: lastChange } : {}),
    about: { "@id": organizationId(origin, companySlug) },
    author: thisSite(origin),
    publisher: thisSite(origin),
  };
}

/** A data page (a catalogue, a table, the timeline) as a dataset, with its downloads. */
export function datasetJsonLd(key: MainPageKey, origin: string): JsonLd {
  const page = MAIN_PAGES[key];
  const downloads = DATASET_DOWNLOADS[key] ?? [];
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    name: `${t.site.name}：${page.title}`,
    description: page.description,
    url: `${origin}${page.path}`,
    inLanguage: t.locale,
    isAccessibleForFree: true,
    creator: thisSite(origin),
    ...(downloads.length
      ? {
          distribution: downloads.map((download) => ({
            "@type": "DataDownload",
            encodingFormat: download.encodingFormat,
            contentUrl: `${origin}${download.path}`,
          })),
        }
      : {}),
  };
}

/** A model: a creative work of the company (schema.org has no type for an AI model). */
export function modelJsonLd(
  model: ModelDetail,
  company: Pick<Company, "slug" | "name"> | null,
  origin: string,
): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "CreativeWork",
    name: model.name,
    description: plainDescription(model.summary),
    url: `${origin}${entryPath("MODEL", model.slug)}`,
    ...(model.date ? { datePublished: partialDateAttribute(model.date) } : {}),
    ...(company
      ? {
          creator: {
            "@type": "Organization",
            "@id": organizationId(origin, company.slug),
            name: company.name,
          },
        }
      : {}),
    ...(model.collaborators.length
      ? {
          contributor: model.collaborators.map((org) => ({
            "@type": "Organization",
            "@id": organizationId(origin, org.slug),
            name: org.name,
          })),
        }
      : {}),
    ...(model.licenseName ? { license: { "@type": "CreativeWork", name: model.licenseName } } : {}),
  };
}
