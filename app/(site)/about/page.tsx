import type { Metadata } from "next";
import { PageHeader } from "@/components/site/page-header";
import { apiResourcePath, OPENAPI_PATH } from "@/lib/api/paths";
import { DATA_LICENCE } from "@/lib/content/data-licence";
import { csvFileOf, csvPath } from "@/lib/csv/paths";
import { ENTRY_FEED_KINDS } from "@/lib/feeds/entry-feed-paths";
import { feedPath, type FeedScope } from "@/lib/feeds/feed-files";
import { OPML_PATH } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { KIND_FEED_SCOPES, KINDS } from "@/lib/kinds";
import { mainPageMetadata } from "@/lib/seo/page-metadata";

export const metadata: Metadata = mainPageMetadata("about");

const FEED_SCOPES: { scope: FeedScope; label: string }[] = [
  { scope: "site", label: t.about.scopeAll },
  ...KIND_FEED_SCOPES.map((scope) => ({ scope, label: t.feeds.scopes[scope] })),
];

const ENTRY_FEED_KIND_NAMES = ENTRY_FEED_KINDS.map((kind) => t.enums.kind[kind.code]).join("、");

const DATA_LINKS = [
  { href: OPENAPI_PATH, label: t.about.apiDocs },
  { href: apiResourcePath("models"), label: apiResourcePath("models") },
  ...KINDS.map((kind) => csvFileOf(kind.apiResource)).map((file) => ({ href: csvPath(file), label: file })),
];

function Section({ heading, text, children }: { heading: string; text: string; children?: React.ReactNode }) {
  return (
    <section className="mb-8 max-w-3xl">
      <h2 className="mb-2 text-xl font-semibold">{heading}</h2>
      <p>{text}</p>
      {children}
    </section>
  );
}

export default function AboutPage() {
  return (
    <>
      <PageHeader title={t.about.title} intro={t.about.intro} />
      <Section heading={t.about.howHeading} text={t.about.how} />
      <Section heading={t.about.datesHeading} text={t.about.dates} />
      <Section heading={t.about.feedsHeading} text={t.about.feeds}>
        <ul className="mt-2 space-y-1">
          {FEED_SCOPES.map(({ scope, label }) => (
            <li key={scope}>
              {label}：<a href={feedPath(scope, "rss")}>RSS</a> · <a href={feedPath(scope, "atom")}>Atom</a> ·{" "}
              <a href={feedPath(scope, "json")}>JSON Feed</a>
            </li>
          ))}
        </ul>
        <p className="mt-2">
          {t.about.entryFeeds(ENTRY_FEED_KIND_NAMES)}
          <a href={OPML_PATH}>{t.feeds.opml.link}</a>
        </p>
      </Section>
      <Section heading={t.about.dataHeading} text={t.about.data}>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {DATA_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </Section>
      <Section heading={t.about.licenceHeading} text={t.about.licence}>
        <p className="mt-2">
          <a rel="license" href={DATA_LICENCE.url} className="underline">
            {DATA_LICENCE.name}
          </a>
        </p>
      </Section>
    </>
  );
}
