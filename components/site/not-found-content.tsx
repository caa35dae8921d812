import Link from "next/link";
import { t } from "@/lib/i18n";

/** The body of the not-found page; the site's header and footer come from around it. */
export function NotFoundContent() {
  return (
    <div className="py-8">
      <h1 className="text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-3 text-muted">{t.notFound.body}</p>
      <p className="mt-6">
        <Link href="/">{t.notFound.home}</Link>
      </p>
    </div>
  );
}
