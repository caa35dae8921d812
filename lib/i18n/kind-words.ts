// The dictionary's part that each kind brings in its own words (lib/kinds/<kind>/zh.ts), gathered
// from KINDS: a new kind's names, fields, options and feed reach every screen with no line here.
import {
  KINDS,
  type AnyKind,
  type ContentKind,
  type KindFeedScope,
  type KindKey,
  type KindWords,
} from "@/lib/kinds";

type Part = "fields" | "enums";
/** Each kind's part, for the kinds that have it (a union). */
type PartsOf<W, Key extends Part> = W extends { [K in Key]: infer P } ? P : never;
/** One type with every member of a union's keys, as `{ ...a, ...b }` of the parts is. */
type Merged<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
type MergedPart<Key extends Part> = Merged<PartsOf<AnyKind["words"]["zh"], Key>>;

// Keys never clash across kinds or with the shared words (kind-words.test.ts).
const merged = <Key extends Part>(part: Key) =>
  Object.assign({}, ...KINDS.map((kind) => (kind.words.zh as KindWords)[part] ?? {})) as MergedPart<Key>;

const withFeeds = KINDS.flatMap((kind) =>
  "feedScope" in kind && kind.words.zh.feed ? [[kind.feedScope, kind.words.zh.feed] as const] : [],
);

export const kindWordsZh = {
  /** Each kind's name on badges, filters and the change log, by code. */
  kindNames: Object.fromEntries(KINDS.map((kind) => [kind.code, kind.words.zh.name])) as Record<
    ContentKind,
    string
  >,
  /** Each kind's name in the admin, by key. */
  adminNames: Object.fromEntries(KINDS.map((kind) => [kind.key, kind.words.zh.adminName])) as Record<
    KindKey,
    string
  >,
  fields: merged("fields"),
  enums: merged("enums"),
  /** Each kind feed's name among the others. */
  feedScopes: Object.fromEntries(withFeeds.map(([scope, feed]) => [scope, feed.scope])) as Record<
    KindFeedScope,
    string
  >,
  /** Each kind feed's title and description. */
  feedChannels: Object.fromEntries(
    withFeeds.map(([scope, { title, description }]) => [scope, { title, description }]),
  ) as Record<KindFeedScope, { title: string; description: string }>,
};
