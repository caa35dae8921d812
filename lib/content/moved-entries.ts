// Entries whose address changed after it was published: each old page (and its feed and image
// under it) answers with a permanent redirect to the new one, so links and subscriptions keep
// working. next.config.ts reads this file, so it imports nothing.
//
// The seed's slugs once named what the story never says: a "series B" (the story gives the round
// of June 2024 no stage), "France Travail" (the story says 法国……就业机构), "CMA-CGM" for the
// partner the story calls 航运巨头 CMA, and "AFP", initials only the link's address gives, for the
// partner the story calls 法新社 (fa-xin-she, its pinyin).

export interface MovedEntry {
  from: string;
  to: string;
}

export const MOVED_ENTRIES: readonly MovedEntry[] = [
  { from: "/funding/series-b-2024", to: "/funding/equity-and-debt-2024" },
  { from: "/events/series-b-rumoured", to: "/events/equity-and-debt-2024-rumoured" },
  { from: "/organizations/france-travail", to: "/organizations/french-employment-agency" },
  { from: "/partnerships/france-travail", to: "/partnerships/french-employment-agency" },
  { from: "/partnerships/cma-cgm", to: "/partnerships/cma" },
  { from: "/organizations/afp", to: "/organizations/fa-xin-she" },
  { from: "/partnerships/afp", to: "/partnerships/fa-xin-she" },
];

/** next.config redirects: the page and everything under it (feed.xml, opengraph-image). */
export function movedEntryRedirects() {
  return MOVED_ENTRIES.flatMap(({ from, to }) => [
    { source: from, destination: to, permanent: true },
    { source: `${from}/:rest*`, destination: `${to}/:rest*`, permanent: true },
  ]);
}
