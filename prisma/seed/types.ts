// Shapes of the seed data. Entries refer to each other by slug; the seed resolves slugs to ids.
import type {
  EventKind,
  FigureQualifier,
  Instrument,
  ModelCategory,
  ModelLicense,
  OrganizationType,
  PartnershipCategory,
  PersonCategory,
  ProductCategory,
  RoundStage,
} from "@/lib/generated/prisma/enums";
import type { PartialDate } from "./dates";
import type { sources } from "./sources";
import type { organizations } from "./organizations";
import type { people } from "./people";

export type SourceSlug = (typeof sources)[number]["slug"];
export type OrganizationSlug = (typeof organizations)[number]["slug"];
export type PersonSlug = (typeof people)[number]["slug"];

/**
 * A link of the story supporting an entry; `claim` quotes the story's words around that link
 * (parts of one paragraph may be joined by "……"), so it says no more than the story does.
 */
export interface SeedCitation {
  source: SourceSlug;
  claim: string;
  /**
   * The story's words its status is read from (./claim-status.ts), where the claim alone does not
   * say who speaks or how: an explainer's claim is its link's text, its status the sentence's.
   */
  statusWords?: string;
}

export interface SeedSource {
  slug: string;
  url: string;
  /** Only when the story gives it (it gives none). */
  title: string | null;
  /** The site the link points to. */
  publisher: string;
  /** ISO 639-1. */
  language: string;
  publishedOn: PartialDate | null;
}

export interface SeedOrganization {
  slug: string;
  name: string;
  nameZh: string | null;
  type: OrganizationType;
  /** ISO 3166-1 alpha-2, only where the story says. */
  country: string | null;
  headquarters: string | null;
  website: string | null;
  description: string;
  founded: PartialDate | null;
  citations: readonly SeedCitation[];
}

export interface SeedPerson {
  slug: string;
  name: string;
  category: PersonCategory;
  role: string;
  boardMember: boolean;
  background: string;
  citations: readonly SeedCitation[];
}

export interface SeedModel {
  slug: string;
  name: string;
  family: string | null;
  category: ModelCategory | null;
  license: ModelLicense;
  licenseName: string;
  /** Null where the story does not say. */
  openWeights: boolean | null;
  released: PartialDate | null;
  summary: string;
  /** Slug of the model this one replaced (checked by the tests and at seed time). */
  replaces: string | null;
  collaborators: readonly OrganizationSlug[];
  citations: readonly SeedCitation[];
}

export interface SeedPrice {
  /** Minor units (cents). */
  minor: bigint;
  currency: string;
  period: string;
}

export interface SeedProduct {
  slug: string;
  name: string;
  category: ProductCategory;
  platforms: string;
  launched: PartialDate | null;
  summary: string;
  price: SeedPrice | null;
  citations: readonly SeedCitation[];
}

/** Money in minor units (cents) of an ISO 4217 currency. */
export interface SeedMoney {
  minor: bigint;
  currency: string;
}

/**
 * How one of an entry's figures stands in the story: `words` quotes the story's hedge as the
 * entry's summary holds it ("据报道估值为 20 亿美元", "当时约为 4.15 亿美元"), or for a figure we
 * inferred the story's words we inferred it from, which `basis` tells readers.
 */
export type SeedQualifier =
  | { qualifier: Exclude<FigureQualifier, "INFERRED">; words: string; basis?: never }
  | { qualifier: "INFERRED"; words: string; basis: string };

/** An entry's qualified figures by field; a figure the story states plainly has none. */
export type SeedQualifiers<Field extends string> = Partial<Record<Field, SeedQualifier>>;

export type SeedInvestor =
  | { organization: OrganizationSlug; person?: never; isLead: boolean }
  | { person: PersonSlug; organization?: never; isLead: boolean };

export interface SeedRound {
  slug: string;
  name: string;
  stage: RoundStage | null;
  instrument: Instrument | null;
  date: PartialDate;
  amount: SeedMoney | null;
  /** The USD figure as the story reports it, never converted here. */
  amountUsdMinor: bigint | null;
  valuation: SeedMoney | null;
  qualifiers: SeedQualifiers<"date" | "amount" | "amountUsd" | "valuation">;
  summary: string;
  investors: readonly SeedInvestor[];
  citations: readonly SeedCitation[];
}

export interface SeedPartnership {
  slug: string;
  title: string;
  category: PartnershipCategory | null;
  date: PartialDate | null;
  summary: string;
  amount: SeedMoney | null;
  qualifiers: SeedQualifiers<"amount">;
  partners: readonly OrganizationSlug[];
  citations: readonly SeedCitation[];
}

export interface SeedEvent {
  slug: string;
  title: string;
  kind: EventKind;
  /** Null where the story gives no date: the event is then on its own page only. */
  date: PartialDate | null;
  summary: string;
  amount: SeedMoney | null;
  amountUsdMinor: bigint | null;
  qualifiers: SeedQualifiers<"amount" | "amountUsd">;
  citations: readonly SeedCitation[];
}

/** The kinds of entry whose fields take other values (其他说法) in the admin. */
export type AlternativeSubjectKind = "ROUND" | "PARTNERSHIP" | "EVENT";

/**
 * Another value the story gives for a field of an entry, where it states two: `value` quotes the
 * story's words for it, `source` is the link the story attaches to them (null when it attaches
 * none). Its status follows the citations' rule (./claim-status.ts).
 */
export interface SeedAlternativeValue {
  subject: { kind: AlternativeSubjectKind; slug: string };
  /** The field's name in its kind's admin description, e.g. "amount". */
  field: "amount" | "amountUsd" | "valuation" | "date";
  value: string;
  /** The exact figure, only where the story's words give one ("近 60 亿" gives none). */
  amount: SeedMoney | null;
  source: SourceSlug | null;
  note: string;
}

/** A section of the story; its citations are the sources its Markdown links to. */
export interface SeedExplainer {
  slug: string;
  heading: string;
  body: string;
}
