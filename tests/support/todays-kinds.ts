// Tests that pin the kinds of today (their order in menus and documentation, the cache tier's
// keys) read lists through `todays`: a kind added since is left out, so the pin still holds with
// it, and still fails if one of today's kinds goes missing or moves.

/** Today's kinds under every name they go by: code, admin key, API resource, feed scope. */
const TODAYS_NAMES = new Set([
  ...["MODEL", "PRODUCT", "ROUND", "PARTNERSHIP", "PERSON", "ORGANIZATION", "EVENT", "SOURCE", "EXPLAINER"],
  ...["models", "products", "funding", "partnerships", "people", "organizations", "events", "sources"],
  ...["explainers", "funding-rounds"],
  // The cache tier's key for everything, beside the kinds'.
  "site",
]);

/** The list with only today's kinds in it, in its order. */
export function todays<T extends string>(list: readonly T[]): T[] {
  return list.filter((name) => TODAYS_NAMES.has(name));
}

/** A space-separated list of names (a Surrogate-Key header), with only today's kinds in it. */
export function todaysKeys(header: string | undefined): string {
  return todays((header ?? "").split(" ")).join(" ");
}
