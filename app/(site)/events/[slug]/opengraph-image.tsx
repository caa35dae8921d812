import { t } from "@/lib/i18n";
import { getEvent } from "@/lib/kinds/events/get-event";
import { cardLine, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

// Shows the entry as it is now: read on request, never at build time.
export const dynamic = "force-dynamic";
export const alt = ogImageAlt(t.enums.kind.EVENT);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const event = await getEvent((await params).slug);
  return renderOgImage(
    event && {
      label: t.enums.kind.EVENT,
      title: event.title,
      line: cardLine(event.date, t.enums.eventKind[event.kind]),
    },
  );
}
