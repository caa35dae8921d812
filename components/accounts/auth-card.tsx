import Link from "next/link";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

/** The frame of the pages one sees before signing in: a titled card in the middle. */
export function AuthCard({
  title,
  titleId,
  intro,
  children,
}: {
  title: string;
  /** Id of the heading, which the form names itself by. */
  titleId: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center bg-stone-50 px-4 py-16">
      <div className="w-full max-w-sm rounded-lg border border-line bg-white p-6 shadow-sm">
        <p className="mb-1 text-sm text-muted">
          <Link href="/">{t.site.name}</Link>
        </p>
        <h1 id={titleId} className="mb-4 text-2xl font-bold">
          {title}
        </h1>
        {intro ? <p className="mb-4 text-sm text-muted">{intro}</p> : null}
        {children}
      </div>
    </main>
  );
}
