import { t } from "@/lib/i18n";
import { getPartnership } from "@/lib/kinds/partnerships/get-partnership";
import { cardLine, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

// Shows the entry as it is now: read on request, never at build time.
export const dynamic = "force-dynamic";
export const alt = ogImageAlt(t.enums.kind.PARTNERSHIP);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const deal = await getPartnership((await params).slug);
  return renderOgImage(
    deal && {
      label: t.enums.kind.PARTNERSHIP,
      title: deal.title,
      line: cardLine(
        deal.date,
        deal.category && t.enums.partnershipCategory[deal.category],
        deal.partners.map((p) => p.name).join("、"),
      ),
    },
  );
}
