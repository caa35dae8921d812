import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { t } from "@/lib/i18n";

export const metadata = { title: t.notFound.title };

// URLs that match no route: outside the site's layout, so the page brings its own header and footer.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
