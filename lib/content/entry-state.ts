/** Where an entry stands for readers: a draft, published, or published from a future time. */
export type EntryState = "DRAFT" | "PUBLISHED" | "SCHEDULED";

export function entryState(
  entry: { status: string; publishedAt: Date | string | null },
  now: Date = new Date(),
): EntryState {
  if (entry.status !== "PUBLISHED") return "DRAFT";
  return entry.publishedAt && new Date(entry.publishedAt) > now ? "SCHEDULED" : "PUBLISHED";
}
