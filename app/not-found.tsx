import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { t } from "@/lib/i18n";

export const metadata = { title: t.notFound.title };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
        <p className="mt-3 text-muted">{t.notFound.body}</p>
        <p className="mt-6">
          <Link href="/">{t.notFound.home}</Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
