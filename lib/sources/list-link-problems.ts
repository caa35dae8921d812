import { admin as sourcesAdmin } from "@/lib/kinds/sources/admin";
import type { LinkOutcome } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/platform/db/client";

/** A source whose link, when last checked, did not simply answer. */
export interface LinkProblem {
  sourceId: string;
  /** As the admin names it: its title, else its publisher and link. */
  title: string;
  slug: string;
  url: string;
  outcome: Exclude<LinkOutcome, "OK">;
  httpStatus: number | null;
  location: string | null;
  error: string | null;
  checkedAt: string;
}

export interface LinkReport {
  /** Missing, gone, failing, silent or unreachable: each needs a new link or an archived copy. */
  broken: LinkProblem[];
  /** Redirected elsewhere: the link may need its new address. */
  moved: LinkProblem[];
  /** How many sources there are, and how many have their current link checked. */
  sources: number;
  checked: number;
  /** The latest check of any source, if any. */
  lastCheckedAt: string | null;
}

const BROKEN_ORDER: readonly LinkOutcome[] = ["NOT_FOUND", "GONE", "BROKEN", "TIMEOUT", "ERROR"];

/**
 * The sources whose current link the last check found broken or moved. A check of an earlier
 * address no longer counts: a source whose link an editor changed drops off until it is checked
 * again.
 */
export async function listLinkProblems(db: PrismaClient): Promise<LinkReport> {
  const [sources, checks] = await Promise.all([
    db.source.count(),
    db.sourceLinkCheck.findMany({
      select: {
        url: true,
        outcome: true,
        httpStatus: true,
        location: true,
        error: true,
        checkedAt: true,
        source: { select: { id: true, slug: true, title: true, publisher: true, url: true } },
      },
    }),
  ]);
  const current = checks.filter((check) => check.url === check.source.url);
  const problems: LinkProblem[] = current.flatMap(({ source, outcome, checkedAt, ...check }) =>
    outcome === "OK"
      ? []
      : [
          {
            ...check,
            outcome,
            sourceId: source.id,
            slug: source.slug,
            title: sourcesAdmin.titleOf(source),
            checkedAt: checkedAt.toISOString(),
          },
        ],
  );
  const byTitle = (a: LinkProblem, b: LinkProblem) => a.title.localeCompare(b.title, "zh-CN");
  const latest = Math.max(...checks.map((check) => check.checkedAt.getTime()));
  return {
    broken: problems
      .filter((p) => p.outcome !== "MOVED")
      .sort((a, b) => BROKEN_ORDER.indexOf(a.outcome) - BROKEN_ORDER.indexOf(b.outcome) || byTitle(a, b)),
    moved: problems.filter((p) => p.outcome === "MOVED").sort(byTitle),
    sources,
    checked: current.length,
    lastCheckedAt: checks.length ? new Date(latest).toISOString() : null,
  };
}
