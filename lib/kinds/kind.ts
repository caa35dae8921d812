// What every part of the site needs to know about a kind of entry, with no imports of its own
// (each kind's words are plain data beside it): next.config.ts reads it too (through
// lib/feeds/feed-files.ts).

/** Where readers find an entry of a kind. */
export type KindPage =
  /** A page of its own: `/models/<slug>`. */
  | { type: "own"; list: string }
  /** A place on its paged list, found by `/people/at/<slug>` (lib/content/list-anchor.ts). */
  | { type: "list-anchor"; list: string }
  /** A section of the home page: `/#<slug>`. */
  | { type: "home-section" };

/** A column and its direction, as Prisma's `orderBy` takes them; `nulls: "last"` puts undated entries last. */
export type OrderTerm = Readonly<
  Record<string, "asc" | "desc" | { readonly sort: "asc" | "desc"; readonly nulls: "first" | "last" }>
>;

export interface Kind {
  /** The admin's URL segment and the kind's name in the code, e.g. "models". */
  key: string;
  /**
   * The kind as pages, caches and citations name it (the database's SubjectType, e.g. "MODEL");
   * "SOURCE" for the sources entries cite.
   */
  code: string;
  /** The Prisma client's property for its table. */
  model: string;
  /** The column that names an entry: name, title or heading. */
  title: string;
  /** The API's resource: `/api/v1/<apiResource>`. */
  apiResource: string;
  page: KindPage;
  /**
   * Every kind (by code) whose entries its pages, feeds and API resource show, its own first. The
   * same list tags its entry pages' and API resource's cached queries and names the cache tier's
   * keys of its pages (lib/http/surrogate-keys.ts), so a change of any of these kinds refreshes
   * both. "every kind": all of them, itself first, including kinds added later (the sources',
   * whose list names whatever cites each one).
   */
  shows: readonly string[] | "every kind";
  /** The kind's own feeds, under `/feeds/<feedScope>/`; none when absent. */
  feedScope?: string;
  /** The page its feeds mirror (their channel's link), when it is not its list, `page.list`. */
  feedHome?: string;
  /**
   * The kinds (by code) its fields refer to, sources aside (any entry cites them): a round's
   * investors are organizations and people. The entry pages of a kind referred to show what refers
   * to them (their feeds), so they are keyed under these kinds too (`shownKinds`).
   */
  refersTo?: readonly string[];
  /**
   * Whether it is on the timeline and in the site's feeds, by its `date` and `datePrecision`
   * columns: every entry has a date ("always"), only those whose sources give one ("when-known"),
   * or it is not dated at all (false).
   */
  dated: false | "always" | "when-known";
  /** Its date may be marked 约, 据报道 or 推算 (a `dateQualifier` column): the timeline says so too. */
  qualifiedDate?: true;
  /**
   * The order its entries are read in: on its list page (unless the page says otherwise), in its
   * API resource and among search results. Ends on a unique column, so pages never overlap.
   */
  order: readonly OrderTerm[];
  /**
   * The columns search looks in for each term; those besides the title are, in this order, the texts
   * a result's snippet is taken from (lib/search/define-kind-search.ts).
   */
  search: readonly string[];
  /** What readers and editors call it and its parts, in each language (lib/i18n assembles them). */
  words: { zh: KindWords };
}

/** A kind's words in one language. Fields every kind shares are named in lib/i18n/zh-fields.ts. */
export interface KindWords {
  /** Its name on badges, filters and in the change log: 融资. */
  name: string;
  /** Its name in the admin's menu and headings: 融资轮次. */
  adminName: string;
  /** The labels and help of the fields only it has, keyed by field. */
  fields?: Readonly<Record<string, string>>;
  /** The labels of its options, keyed by the option list's name (unique across kinds). */
  enums?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Its own feeds' name among the others, title and description (with a `feedScope`). */
  feed?: { scope: string; title: string; description: string };
}

/** Writes a kind's words, keeping their keys so that the dictionary's type lists them. */
export function declareWords<const W extends KindWords>(words: W): W {
  return words;
}

/** Describes a kind, keeping its literal values so that the unions of lib/kinds derive from them. */
export function declareKind<const K extends Kind>(kind: K): K {
  return kind;
}
