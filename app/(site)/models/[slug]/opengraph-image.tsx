import { t } from "@/lib/i18n";
import { getModel } from "@/lib/kinds/models/get-model";
import { cardLine, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

// Shows the entry as it is now: read on request, never at build time.
export const dynamic = "force-dynamic";
export const alt = ogImageAlt(t.enums.kind.MODEL);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const model = await getModel((await params).slug);
  return renderOgImage(
    model && {
      label: t.enums.kind.MODEL,
      title: model.name,
      line: cardLine(model.date, model.family, model.category && t.enums.modelCategory[model.category]),
    },
  );
}
