import { Badge } from "@/components/site/badge";
import type { EntryState } from "@/lib/content/entry-state";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";

/** Draft, published, or scheduled (with its time). */
export function StatusBadge({ state, publishedAt }: { state: EntryState; publishedAt: string | null }) {
  const tone = state === "PUBLISHED" ? "green" : state === "SCHEDULED" ? "brand" : "neutral";
  return (
    <Badge tone={tone}>
      {state === "SCHEDULED" && publishedAt
        ? t.admin.publish.scheduledFor(formatTimestamp(publishedAt))
        : t.admin.status[state]}
    </Badge>
  );
}
