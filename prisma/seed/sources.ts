// Every link of the story as a source. The story gives none of their titles or dates, so none
// is stored: a title or a date read off a link's address is a guess, not the source's word (the
// seed round's TechCrunch address says $113M where the story says $112M). Readers see the
// publisher, which is the site the link points to, by the name its address gives (techcrunch.com
// is TechCrunch; ft.com stays ft.com, as a name the address does not spell would be ours), and
// the link. A source's slug says what the story links it for, never words of its address.
import type { SeedSource } from "./types";

/** An article on techcrunch.com; the /YYYY/MM/DD/ of its address is not taken for its date. */
function techCrunch<Slug extends string>(slug: Slug, url: string) {
  return { slug, url, title: null, publisher: "TechCrunch", language: "en", publishedOn: null };
}

export const sources = [
  techCrunch(
    "tc-le-chat-mobile-apps",
    "https://techcrunch.com/2025/02/06/mistral-releases-its-ai-assistant-on-ios-and-android/",
  ),
  techCrunch(
    "tc-le-chat-1m-downloads",
    "https://techcrunch.com/2025/02/19/mistrals-le-chat-tops-1m-downloads-in-just-14-days/",
  ),
  techCrunch(
    "tc-mistral-large-2",
    "https://techcrunch.com/2024/07/24/mistral-releases-large-2-meta-openai-ai-models/",
  ),
  techCrunch(
    "tc-mistral-large",
    "https://techcrunch.com/2024/02/26/mistral-ai-releases-new-model-to-rival-gpt-4-and-its-own-chat-assistant/",
  ),
  {
    slug: "mistral-news-pixtral-large",
    url: "https://mistral.ai/en/news/pixtral-large",
    title: null,
    publisher: "Mistral AI",
    language: "en",
    publishedOn: null,
  },
  techCrunch(
    "tc-pixtral-large-2024",
    "https://techcrunch.com/2024/11/18/mistral-unveils-new-ai-models-and-chat-features/",
  ),
  techCrunch(
    "tc-pixtral",
    "https://techcrunch.com/2024/09/11/mistral-releases-pixtral-its-first-multimodal-model/",
  ),
  techCrunch(
    "tc-mistral-medium-3",
    "https://techcrunch.com/2025/05/07/mistral-claims-its-newest-ai-model-delivers-leading-performance-for-the-price/",
  ),
  techCrunch(
    "tc-devstral",
    "https://techcrunch.com/2025/05/21/mistrals-new-devstral-model-was-designed-for-coding/",
  ),
  techCrunch(
    "tc-codestral",
    "https://techcrunch.com/2024/05/29/mistral-releases-its-first-generative-ai-model-for-code/",
  ),
  techCrunch(
    "tc-les-ministraux",
    "https://techcrunch.com/2024/10/16/mistral-releases-new-ai-models-optimized-for-edge-devices/",
  ),
  techCrunch(
    "tc-mistral-saba",
    "https://techcrunch.com/2025/02/17/mistral-releases-regional-model-focused-on-arabic-language-and-culture/",
  ),
  techCrunch(
    "tc-mistral-ocr",
    "https://techcrunch.com/2025/03/06/mistrals-new-ocr-api-turns-any-pdf-document-into-an-ai-ready-markdown-file/",
  ),
  techCrunch(
    "tc-samuelian-werve",
    "https://techcrunch.com/2025/01/27/alans-founder-role-in-mistrals-origin-story/",
  ),
  {
    slug: "sifted-cedric-o-controversy",
    url: "https://sifted.eu/articles/french-tech-pantouflage",
    title: null,
    publisher: "Sifted",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "mistral-docs-models-overview",
    url: "https://docs.mistral.ai/getting-started/models/models_overview/",
    title: null,
    publisher: "Mistral AI",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "duohub-glossary-weights",
    url: "https://duohub.ai/glossary/w/weights",
    title: null,
    publisher: "Duohub",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "mistral-news-mistral-nemo",
    url: "https://mistral.ai/en/news/mistral-nemo",
    title: null,
    publisher: "Mistral AI",
    language: "en",
    publishedOn: null,
  },
  techCrunch(
    "tc-free-tier",
    "https://techcrunch.com/2024/09/17/mistral-launches-a-free-tier-for-developers-to-test-its-ai-models/",
  ),
  techCrunch("tc-paris-ai-summit", "https://techcrunch.com/2025/02/10/mistral-gets-down-to-business/"),
  techCrunch(
    "tc-uk-cma-microsoft-deal",
    "https://techcrunch.com/2024/05/17/microsoft-dodges-uk-antitrust-scrutiny-over-its-mistral-ai-stake/",
  ),
  {
    slug: "euronews-eu-critics-microsoft-deal",
    url: "https://www.euronews.com/next/2024/02/27/furious-critics-question-microsofts-deal-with-mistral-ai-as-eu-set-to-look-into-it",
    title: null,
    publisher: "Euronews",
    language: "en",
    publishedOn: null,
  },
  techCrunch(
    "tc-fa-xin-she-deal",
    "https://techcrunch.com/2025/01/16/mistral-signs-deal-with-afp-to-offer-up-to-date-answers-in-le-chat/",
  ),
  {
    slug: "numerama-armee-francaise",
    url: "https://www.numerama.com/tech/1887772-mistral-ai-devient-un-nouvel-atout-technologique-pour-larmee-francaise.html",
    title: null,
    publisher: "Numerama",
    language: "fr",
    publishedOn: null,
  },
  {
    slug: "euronews-employment-agency",
    url: "https://www.euronews.com/next/2025/02/05/frances-ai-darling-mistral-and-government-jobseeker-agency-join-forces-for-ai-tools",
    title: null,
    publisher: "Euronews",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "cma-partnership",
    url: "https://www.cmacgm-group.com/en/news-media/cma-cgm-group-adopts-custom-designed-ai-solutions-mistral-ai",
    title: null,
    publisher: "cmacgm-group.com",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "helsing-partnership",
    url: "https://helsing.ai/newsroom/helsing-and-mistral-announce-strategic-partnership-in-defence-ai",
    title: null,
    publisher: "Helsing",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "ibm-partnership",
    url: "https://www.ibm.com/new/announcements/ibm-launches-mistral-ai",
    title: null,
    publisher: "IBM",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "orange-partnership",
    url: "https://newsroom.orange.com/orange-and-mistral-ai-join-forces-to-accelerate-artificial-intelligence-development-in-europe/",
    title: null,
    publisher: "Orange",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "stellantis-strategic-partnership",
    url: "https://www.stellantis.com/en/news/press-releases/2025/february/stellantis-and-mistral-ai-strengthen-strategic-partnership-to-enhance-customer-experience-vehicle-development-and-manufacturing",
    title: null,
    publisher: "Stellantis",
    language: "en",
    publishedOn: null,
  },
  {
    slug: "linkedin-ai-campus",
    url: "https://www.linkedin.com/posts/mistralai_proud-to-announce-the-creation-of-europe-activity-7330199133997133825-YVhW/",
    title: null,
    publisher: "LinkedIn",
    language: "en",
    publishedOn: null,
  },
  techCrunch(
    "tc-bpifrance",
    "https://techcrunch.com/2025/02/07/bpifrance-to-invest-10b-in-french-ai-ecosystem-by-2029/",
  ),
  techCrunch(
    "tc-seed-round",
    "https://techcrunch.com/2023/06/13/frances-mistral-ai-blows-in-with-a-113m-seed-round-at-a-260m-valuation-to-take-on-openai/",
  ),
  {
    slug: "ft-seed-round",
    url: "https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251",
    title: null,
    publisher: "ft.com",
    language: "en",
    publishedOn: null,
  },
  techCrunch(
    "tc-series-a",
    "https://techcrunch.com/2023/12/11/mistral-ai-a-paris-based-openai-rival-closed-its-415-million-funding-round/",
  ),
  techCrunch(
    "tc-microsoft-investment",
    "https://techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai/",
  ),
  techCrunch(
    "tc-equity-and-debt-2024",
    "https://techcrunch.com/2024/06/11/paris-based-ai-startup-mistral-ai-raises-640-million/",
  ),
  techCrunch(
    "tc-equity-and-debt-2024-rumour",
    "https://techcrunch.com/2024/05/09/sources-mistral-ai-raising-at-a-6b-valuation-softbank-not-in-but-dst-is/",
  ),
  techCrunch("tc-ipo-plans", "https://techcrunch.com/2025/01/21/mistral-ai-plans-ipo/"),
] as const satisfies readonly SeedSource[];
