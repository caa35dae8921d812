import type { PartialDate } from "@/lib/content/types";
import type { FigureQualifier } from "@/lib/format/figure";
import { paginate } from "@/lib/content/paginate";
import type { DatedKind } from "@/lib/kinds";

/** One dated entry of any kind, as the timeline and the feeds show it. */
export interface TimelineItem {
  kind: DatedKind;
  id: string;
  slug: string;
  title: string;
  date: PartialDate;
  /** How the date stands in its source (推算 for one worked out), for kinds that record it. */
  dateQualifier: FigureQualifier | null;
  summary: string;
  href: string;
  createdAt: string;
  updatedAt: string;
  /** When it was (or is to be) published; null when published without a time. */
  publishedAt: string | null;
}

export interface TimelineFilters {
  kind?: DatedKind;
  year?: number;
  page: number;
}

export interface TimelinePage {
  /** The filters in force after validation. */
  filters: Omit<TimelineFilters, "page">;
  items: TimelineItem[];
  total: number;
  page: number;
  pageCount: number;
  years: number[];
}

/** Newest first; within one day, by kind then title, so the order is stable. */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  return (
    b.date.iso.localeCompare(a.date.iso) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title)
  );
}

/** Filters and pages items already in timeline order. A page past the end clamps to the last. */
export function pageTimeline(all: readonly TimelineItem[], filters: TimelineFilters): TimelinePage {
  const years = [...new Set(all.map((i) => new Date(i.date.iso).getUTCFullYear()))].sort((a, b) => b - a);
  const matching = all.filter(
    (item) =>
      (!filters.kind || item.kind === filters.kind) &&
      (!filters.year || new Date(item.date.iso).getUTCFullYear() === filters.year),
  );
  return {
    filters: { kind: filters.kind, year: filters.year },
    ...paginate(matching, filters.page),
    years,
  };
}
