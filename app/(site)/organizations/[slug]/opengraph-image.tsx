import { t } from "@/lib/i18n";
import { getOrganization } from "@/lib/kinds/organizations/get-organization";
import { cardLine, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

// Shows the entry as it is now: read on request, never at build time.
export const dynamic = "force-dynamic";
export const alt = ogImageAlt(t.enums.kind.ORGANIZATION);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const org = await getOrganization((await params).slug);
  return renderOgImage(
    org && {
      label: t.enums.kind.ORGANIZATION,
      title: org.name,
      line: cardLine(null, org.nameZh, t.enums.organizationType[org.type], org.headquarters),
    },
  );
}
