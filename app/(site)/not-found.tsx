import { NotFoundContent } from "@/components/site/not-found-content";
import { t } from "@/lib/i18n";

export const metadata = { title: t.notFound.title };

// notFound() from a page of the site: rendered inside the site's layout, which already has the
// header, the <main> landmark and the footer. app/not-found.tsx covers URLs that match no route.
export default function SiteNotFound() {
  return <NotFoundContent />;
}
