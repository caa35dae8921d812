import { isMainPageKey, MAIN_PAGES } from "@/lib/seo/main-pages";
import { mainPageCard, renderOgImage } from "@/lib/seo/og-image";

// The main pages' shared images (named in their metadata, lib/seo/page-metadata.ts), made at
// build time: they show no data.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(MAIN_PAGES).map((key) => ({ image: `${key}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const key = (await params).image.replace(/\.png$/, "");
  if (!isMainPageKey(key)) return new Response("Not found", { status: 404 });
  return renderOgImage(mainPageCard(key));
}
