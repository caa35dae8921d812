import { Badge } from "@/components/site/badge";
import { claimStatusLabel } from "@/lib/claims/claim-status";
import type { ClaimStatus } from "@/lib/content/types";
import { t } from "@/lib/i18n";

// Tones only echo the text, which says it all: readable without colour.
const TONES = { CONFIRMED: "green", REPORTED: "neutral", RUMORED: "brand", ESTIMATED: "brand" } as const;

/** How a claim stands, e.g. "媒体报道", as a short badge; screen readers hear what it is. */
export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <Badge tone={TONES[status]}>
      <span className="sr-only">{t.claims.statusPrefix}</span>
      {claimStatusLabel(status)}
    </Badge>
  );
}
