import "server-only";
import { getEvent, type EventDetail } from "@/lib/kinds/events/get-event";

/**
 * The event that states how much the company has raised in all, in the sources' words ("截至 2025 年
 * 2 月 … 约 10 亿欧元 … 约为 10.4 亿美元"): the home page and /funding show it first, before any
 * sum of ours. An editor corrects it there, as any event; a newer total is an edit of it.
 */
export const REPORTED_TOTAL_EVENT_SLUG = "total-raised";

export type ReportedTotal = Pick<
  EventDetail,
  "slug" | "title" | "date" | "amount" | "amountUsd" | "citations"
>;

/** The reported total raised, as published (read as its page reads it); null while there is none. */
export async function getReportedTotal(): Promise<ReportedTotal | null> {
  const event = await getEvent(REPORTED_TOTAL_EVENT_SLUG);
  if (!event || (!event.amount && !event.amountUsd)) return null;
  const { slug, title, date, amount, amountUsd, citations } = event;
  return { slug, title, date, amount, amountUsd, citations };
}
