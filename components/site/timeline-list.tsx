import Link from "next/link";
import { t } from "@/lib/i18n";
import { markdownToText } from "@/lib/markdown";
import type { TimelineItem } from "@/lib/timeline/timeline-item";
import { Badge } from "@/components/site/badge";
import { PartialDateText } from "@/components/site/partial-date";

/** Dated entries of every kind as a vertical timeline. */
export function TimelineList({ items, headingLevel = 2 }: { items: TimelineItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="relative border-s border-line">
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.slug}`}
          id={`${item.kind.toLowerCase()}-${item.slug}`}
          className="mb-6 ms-4"
        >
          <span aria-hidden="true" className="timeline-dot" />
          <p className="meta">
            <PartialDateText date={item.date} qualifier={item.dateQualifier} />{" "}
            <Badge>{t.enums.kind[item.kind]}</Badge>
          </p>
          <Heading className="mt-1 font-semibold">
            <Link href={item.href}>{item.title}</Link>
          </Heading>
          {item.summary ? <p className="excerpt mt-1">{markdownToText(item.summary)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
