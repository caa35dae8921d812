"use client";

import Link from "next/link";
import { zhUnavailable as u } from "@/lib/i18n/zh-unavailable";

/**
 * What an error boundary shows below its heading: the situation in plain words, a retry (which
 * renders the page again from the server), and the error's reference for the server's log. Never
 * the error itself: in production Next.js sends the browser only its digest anyway.
 */
export function ErrorNotice({
  message,
  error,
  retry,
  showHome = false,
}: {
  message: string;
  error: unknown;
  retry: () => void;
  showHome?: boolean;
}) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    <>
      <p className="mt-3 text-muted">{message}</p>
      <p className="mt-6 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-brand px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-strong"
        >
          {u.retry}
        </button>
        {showHome ? <Link href="/">{u.home}</Link> : null}
      </p>
      {typeof digest === "string" ? <p className="mt-6 text-xs text-muted">{u.reference(digest)}</p> : null}
    </>
  );
}
