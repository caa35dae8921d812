import type { CacheKind } from "@/lib/platform/cache/cached-query";
import { CONTENT_KINDS, DATED_KINDS } from "@/lib/content/types";
import type { KindFeedScope } from "@/lib/feeds/feed-files";
import { t } from "@/lib/i18n";

/** A page of the site that is not one entry's: its title, description, feeds and what it shows. */
export interface MainPage {
  path: string;
  title: string;
  description: string;
  /** What kind of page it is, and the sentence that stands for it, on its shared image. */
  label: string;
  headline: string;
  feedScope?: KindFeedScope;
  /** The kinds whose entries it shows: it changes when one of them does. */
  kinds: readonly CacheKind[];
}

export type MainPageKey =
  "home" | "timeline" | "models" | "products" | "funding" | "partnerships" | "people" | "sources" | "about";

export const MAIN_PAGES: Record<MainPageKey, MainPage> = {
  home: {
    path: "/",
    title: t.home.title,
    description: t.site.description,
    label: t.nav.home,
    headline: t.home.title,
    kinds: CONTENT_KINDS,
  },
  timeline: {
    path: "/timeline",
    title: t.timeline.title,
    description: t.timeline.intro,
    label: t.nav.timeline,
    headline: t.timeline.intro,
    kinds: DATED_KINDS,
  },
  models: {
    path: "/models",
    title: t.models.title,
    description: t.models.intro,
    label: t.nav.models,
    headline: t.models.intro,
    feedScope: "models",
    kinds: ["MODEL"],
  },
  products: {
    path: "/products",
    title: t.products.title,
    description: t.products.intro,
    label: t.nav.products,
    headline: t.products.intro,
    kinds: ["PRODUCT"],
  },
  funding: {
    path: "/funding",
    title: t.funding.title,
    description: t.funding.intro,
    label: t.nav.funding,
    headline: t.funding.intro,
    feedScope: "funding",
    kinds: ["ROUND"],
  },
  partnerships: {
    path: "/partnerships",
    title: t.partnerships.title,
    description: t.partnerships.intro,
    label: t.nav.partnerships,
    headline: t.partnerships.intro,
    feedScope: "partnerships",
    kinds: ["PARTNERSHIP"],
  },
  people: {
    path: "/people",
    title: t.people.title,
    description: t.people.intro,
    label: t.nav.people,
    headline: t.people.intro,
    kinds: ["PERSON"],
  },
  sources: {
    path: "/sources",
    title: t.sources.title,
    description: t.sources.intro,
    label: t.nav.sources,
    headline: t.sources.intro,
    kinds: ["SOURCE"],
  },
  about: {
    path: "/about",
    title: t.about.title,
    description: t.about.intro,
    label: t.about.title,
    headline: t.about.intro,
    kinds: [],
  },
};

export function isMainPageKey(key: string): key is MainPageKey {
  return Object.hasOwn(MAIN_PAGES, key);
}

/** A main page's shared image (app/og/[image]/route.tsx). */
export function mainPageImagePath(key: MainPageKey): string {
  return `/og/${key}.png`;
}
