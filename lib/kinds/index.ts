// Every kind of entry, in one constant; every union and list of kinds derives from it.
// A new kind is a folder beside this file and a line in KINDS (see README, "Add a kind").
import { events } from "./events/kind";
import { explainers } from "./explainers/kind";
import { funding } from "./funding/kind";
import type { Kind, KindPage } from "./kind";
import { models } from "./models/kind";
import { organizations } from "./organizations/kind";
import { partnerships } from "./partnerships/kind";
import { people } from "./people/kind";
import { products } from "./products/kind";
import { sources } from "./sources/kind";

/** Every kind, in the order menus, filters and feeds list them. */
export const KINDS = [
  models,
  products,
  funding,
  partnerships,
  people,
  organizations,
  events,
  sources,
  explainers,
] as const;

export type AnyKind = (typeof KINDS)[number];

/** The admin's URL segments of the kinds. */
export type KindKey = AnyKind["key"];
/** Everything readers see: every kind of entry, and the sources they cite. */
export type ContentKind = AnyKind["code"];
/** Every kind of entry a reader can see; also the kinds a citation can point at. */
export type EntryKind = Exclude<ContentKind, "SOURCE">;
/** The kinds on the timeline, each by its date. */
export type DatedKind = Extract<AnyKind, { dated: string }>["code"];
/** The kinds with a page of their own. */
export type PageKind = Extract<AnyKind, { page: { type: "own" } }>["code"];
/** The Prisma client's property of each kind's table. */
export type EntryModel = AnyKind["model"];
/** The kinds' own feeds, under `/feeds/<scope>/`. */
export type KindFeedScope = NonNullable<Extract<AnyKind, { feedScope: string }>["feedScope"]>;
/** The API's resources. */
export type ApiResourceName = AnyKind["apiResource"];

export const KIND_KEYS: readonly KindKey[] = KINDS.map((kind) => kind.key);
export const CONTENT_KINDS: readonly ContentKind[] = KINDS.map((kind) => kind.code);
export const DATED_KINDS = KINDS.filter((kind) => kind.dated).map(
  (kind) => kind.code,
) as readonly DatedKind[];
export const KIND_FEED_SCOPES = KINDS.flatMap((kind) =>
  "feedScope" in kind ? [kind.feedScope] : [],
) as readonly KindFeedScope[];

const byCode = new Map<string, AnyKind>(KINDS.map((kind) => [kind.code, kind]));
const byKey = new Map<string, AnyKind>(KINDS.map((kind) => [kind.key, kind]));

/** The kind of a code (`"MODEL"`). */
export function kindOfCode<Code extends ContentKind>(code: Code): Extract<AnyKind, { code: Code }> {
  return byCode.get(code) as Extract<AnyKind, { code: Code }>;
}

/** The kind of an admin URL segment, or undefined for anything else. */
export function findKindByKey(key: string): AnyKind | undefined {
  return byKey.get(key);
}

/** A kind's own feeds, if it has any. */
export function kindFeedScope(code: ContentKind): KindFeedScope | undefined {
  const kind: Kind = kindOfCode(code);
  return kind.feedScope as KindFeedScope | undefined;
}

/**
 * The kinds whose entries a kind's pages, feeds and API resource show: its `shows`, spelled out,
 * and for a kind with pages of its own the kinds that refer to it (`refersTo`), whose changes its
 * entries' feeds carry.
 */
export function shownKinds(kind: Kind): readonly ContentKind[] {
  const declared = kind.shows === "every kind" ? CONTENT_KINDS : (kind.shows as readonly ContentKind[]);
  const referrers =
    kind.page.type === "own"
      ? (KINDS as readonly Kind[])
          .filter((other) => other.refersTo?.includes(kind.code))
          .map((other) => other.code as ContentKind)
      : [];
  return [...new Set<ContentKind>([kind.code as ContentKind, ...declared, ...referrers])];
}

/**
 * The other kinds of entry whose pages show entries of this kind (by their `shows`): a change of
 * such an entry touches them too. Sources are left out: their list shows what cites each source,
 * which every kind's own key already covers.
 */
export function kindsShowing(code: ContentKind): ContentKind[] {
  return KINDS.filter((kind) => kind.code !== code && kind.code !== "SOURCE")
    .filter((kind) => shownKinds(kind).includes(code))
    .map((kind) => kind.code);
}

/** Where readers find an entry: its page, its place on its list, or its section of the home page. */
export function kindPagePath(page: KindPage, slug: string): string {
  switch (page.type) {
    case "own":
      return `${page.list}/${slug}`;
    case "list-anchor":
      return `${page.list}/at/${slug}`;
    case "home-section":
      return `/#${slug}`;
  }
}

export type { Kind, KindPage, KindWords } from "./kind";
