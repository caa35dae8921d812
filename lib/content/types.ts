import type { PartialDate } from "@/lib/format/date";
import type { Money } from "@/lib/format/money";
import type { Figure, FigureQualifier } from "@/lib/format/figure";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import type { EntryKind } from "@/lib/kinds";

// What query functions hand to pages: plain, JSON-safe values (no BigInt, no Date), so they
// can be cached and passed anywhere. Money and dates keep their exactness as strings.

export type { PartialDate, Money, ClaimStatus, Figure, FigureQualifier };

/** An amount with how it stands in its source (约, 据报道, 推算): shown together, always. */
export type MoneyFigure = Figure<Money>;
/** A date with how it stands in its source (2023年12月（推算）). */
export type DateFigure = Figure<PartialDate>;

export interface SourceRef {
  slug: string;
  /** The source's own title, when known; readers otherwise see its publisher as the link. */
  title: string | null;
  publisher: string;
  url: string;
  publishedOn: PartialDate | null;
  /** A copy in a web archive, shown beside the link as 存档. */
  archiveUrl: string | null;
  /** The day an editor last checked the source still says what is cited (precision DAY). */
  checkedOn: PartialDate | null;
}

export interface CitationView {
  source: SourceRef;
  claim: string;
  status: ClaimStatus;
}

/** Another value given for one field of an entry, shown beside the field's own value. */
export interface AlternativeValueView {
  /** The field's name in its kind's description, e.g. "amount". */
  field: string;
  /** The field's label, for a value whose field the page does not show otherwise. */
  fieldLabel: string;
  /** As its source words it. */
  value: string;
  /** The exact figure, for money, when the source gives one. */
  amount: Money | null;
  /** Null when no link supports it. */
  source: SourceRef | null;
  status: ClaimStatus;
  note: string;
}

export interface EntryRef {
  kind: EntryKind;
  slug: string;
  title: string;
  href: string;
}

export interface OrganizationRef {
  slug: string;
  name: string;
  nameZh: string | null;
}
