import Link from "next/link";
import { Fragment } from "react";
import { t } from "@/lib/i18n";

/** Links separated by the Chinese enumeration comma, or "none". */
export function InlineLinks({ links }: { links: { href: string; label: string; note?: string }[] }) {
  if (links.length === 0) return <>{t.common.none}</>;
  return (
    <>
      {links.map((link, i) => (
        <Fragment key={link.href}>
          {i > 0 ? "、" : null}
          <Link href={link.href}>{link.label}</Link>
          {link.note ? <span className="text-sm text-muted">（{link.note}）</span> : null}
        </Fragment>
      ))}
    </>
  );
}
