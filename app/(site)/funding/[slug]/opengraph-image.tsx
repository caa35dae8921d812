import { formatDateFigure } from "@/lib/format/date";
import { formatMoneyFigure } from "@/lib/format/money";
import { t } from "@/lib/i18n";
import { getRound } from "@/lib/kinds/funding/get-round";
import { cardLine, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

// Shows the entry as it is now: read on request, never at build time.
export const dynamic = "force-dynamic";
export const alt = ogImageAlt(t.enums.kind.ROUND);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const round = await getRound((await params).slug);
  return renderOgImage(
    round && {
      label: t.enums.kind.ROUND,
      title: round.name,
      line: cardLine(
        null,
        formatDateFigure(round.date),
        round.stage && t.enums.roundStage[round.stage],
        round.amount && formatMoneyFigure(round.amount),
      ),
    },
  );
}
