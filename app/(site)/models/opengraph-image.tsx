import { MAIN_PAGES } from "@/lib/seo/main-pages";
import { mainPageCard, OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt, renderOgImage } from "@/lib/seo/og-image";

export const alt = ogImageAlt(MAIN_PAGES.models.label);
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_TYPE;

export default function Image() {
  return renderOgImage(mainPageCard("models"));
}
