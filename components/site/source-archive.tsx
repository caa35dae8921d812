import { PartialDateText } from "@/components/site/partial-date";
import type { SourceRef } from "@/lib/content/types";
import { t } from "@/lib/i18n";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";

/**
 * What follows a source's link when the editors recorded it: its copy in a web archive (存档),
 * for when the original moves or disappears, and the day an editor last checked it (核对于 …).
 */
export function SourceArchive({
  source,
  checked = true,
}: {
  source: Pick<SourceRef, "title" | "publisher" | "archiveUrl" | "checkedOn">;
  /** Whether to show the day it was checked, not only the archived copy. */
  checked?: boolean;
}) {
  return (
    <>
      {source.archiveUrl ? (
        <>
          {" · "}
          <a
            href={source.archiveUrl}
            rel="noopener noreferrer"
            aria-label={t.sources.archiveOf(sourceLinkText(source))}
            className="underline"
          >
            {t.sources.archive}
          </a>
        </>
      ) : null}
      {checked && source.checkedOn ? (
        <span className="text-muted">
          {" · "}
          {t.sources.checkedOn}
          <PartialDateText date={source.checkedOn} />
        </span>
      ) : null}
    </>
  );
}
