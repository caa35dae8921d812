/**
 * A route's generateStaticParams when nothing of it is rendered at build time (the database a
 * build would read is not the one the site runs on): each page is rendered on its first request,
 * then served from the cache (lib/platform/cache) until what it shows changes.
 */
export function renderedOnDemand(): never[] {
  return [];
}
