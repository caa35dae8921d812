import Link from "next/link";
import { changeLogPathBySlug, reportErrorPath } from "@/lib/changes/paths";
import { t } from "@/lib/i18n";

/** Under an entry: its public change log, and where to report an error in it. */
export function EntryTools({ kindKey, slug }: { kindKey: string; slug: string }) {
  return (
    <p className="mt-8 flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-4 text-sm">
      <Link href={changeLogPathBySlug(kindKey, slug)}>{t.changes.log.entryLink}</Link>
      <Link href={reportErrorPath(kindKey, slug)}>{t.changes.report.link}</Link>
    </p>
  );
}
