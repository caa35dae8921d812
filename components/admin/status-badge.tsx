import { Badge } from "@/components/site/badge";
import type { EntryState } from "@/lib/admin/entry-state";
import { formatAdminTime } from "@/lib/admin/admin-time";
import { t } from "@/lib/i18n";

/** Draft, published, or scheduled (with its time). */
export function StatusBadge({ state, publishedAt }: { state: EntryState; publishedAt: string | null }) {
  const tone = state === "PUBLISHED" ? "green" : state === "SCHEDULED" ? "brand" : "neutral";
  return (
    <Badge tone={tone}>
      {state === "SCHEDULED" && publishedAt
        ? t.admin.publish.scheduledFor(formatAdminTime(publishedAt))
        : t.admin.status[state]}
    </Badge>
  );
}
