// Entries whose address changed after it was published: each old page (and its feed and image
// under it) answers with a permanent redirect to the new one, so links and subscriptions keep
// working. next.config.ts reads this file, so it imports nothing.
//
// The seed's slugs once named what the story never says: a "series B" (the story gives the round
// of June 2024 no stage), "France Travail" (the story says 法国……就业机构), "CMA-CGM" for the
// partner the story calls 航运巨头 CMA, and "AFP", initials only the link's address gives, for the
// partner the story calls 法新社 (fa-xin-she, its pinyin). A later audit found more: 思科 and
// 三星 Venture Investment Corporation under English names the story never writes, the A round's
// year and the total's and revenue's figures in slugs that dropped their 推算, 约 and 据报道, the
// CMA "clearing" a deal it found not eligible for review, and sources named after their links'
// addresses (a "series B", "AFP", "10b", a "stake") rather than what the story says they report.

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
  { from: "/organizations/cisco", to: "/organizations/si-ke" },
  {
    from: "/organizations/samsung-venture-investment",
    to: "/organizations/san-xing-venture-investment-corporation",
  },
  { from: "/funding/series-a-2023", to: "/funding/series-a" },
  { from: "/events/total-raised-1b-eur", to: "/events/total-raised" },
  { from: "/events/revenue-eight-figures", to: "/events/revenue-reported" },
  { from: "/events/uk-cma-clears-microsoft-deal", to: "/events/uk-cma-microsoft-deal-not-eligible" },
  { from: "/sources/at/tc-series-b-rumour", to: "/sources/at/tc-equity-and-debt-2024-rumour" },
  { from: "/sources/at/tc-series-b", to: "/sources/at/tc-equity-and-debt-2024" },
  { from: "/sources/at/tc-afp-deal", to: "/sources/at/tc-fa-xin-she-deal" },
  { from: "/sources/at/tc-alan-founder-origin-story", to: "/sources/at/tc-samuelian-werve" },
  { from: "/sources/at/cma-cgm-custom-ai-solutions", to: "/sources/at/cma-partnership" },
  { from: "/sources/at/tc-bpifrance-10b", to: "/sources/at/tc-bpifrance" },
  { from: "/sources/at/tc-uk-cma-microsoft-stake", to: "/sources/at/tc-uk-cma-microsoft-deal" },
  { from: "/sources/at/tc-new-models-and-chat-features", to: "/sources/at/tc-pixtral-large-2024" },
  { from: "/sources/at/sifted-french-tech-pantouflage", to: "/sources/at/sifted-cedric-o-controversy" },
  { from: "/sources/at/ibm-launches-mistral-ai", to: "/sources/at/ibm-partnership" },
  { from: "/sources/at/orange-mistral-join-forces", to: "/sources/at/orange-partnership" },
  { from: "/sources/at/euronews-jobseeker-agency", to: "/sources/at/euronews-employment-agency" },
  { from: "/sources/at/helsing-defence-ai-partnership", to: "/sources/at/helsing-partnership" },
  { from: "/sources/at/tc-gets-down-to-business", to: "/sources/at/tc-paris-ai-summit" },
];

/** next.config redirects: the page and everything under it (feed.xml, opengraph-image). */
export function movedEntryRedirects() {
  return MOVED_ENTRIES.flatMap(({ from, to }) => [
    { source: from, destination: to, permanent: true },
    { source: `${from}/:rest*`, destination: `${to}/:rest*`, permanent: true },
  ]);
}
