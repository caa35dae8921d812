import "server-only";
import type { OperationResult } from "@/lib/admin/operation-result";
import { t } from "@/lib/i18n";
import { prisma } from "@/lib/platform/db";
import { checkSourceLinks, type TCheckSourceLinksRequest } from "@/lib/sources/check-source-links";
import { listLinkProblems, type LinkReport } from "@/lib/sources/list-link-problems";
import { linkCheckSettings } from "@/lib/sources/link-check-settings";

/** Links one click checks: those checked longest ago; the next click takes the next ones. */
export const ADMIN_LINK_LIMIT = 20;
/** How long the click may wait, at most, for its answer: no link starts that would end later. */
const ADMIN_BUDGET_MS = 25_000;

/** One check at a time per server process: a second click waits for no one, it is refused. */
let running = false;

export interface AdminLinkCheckSummary {
  checked: number;
  problems: number;
  /** Matching sources left for the next click. */
  remaining: number;
}

/** What /admin/sources/links lists: the site's own database's broken and moved links. */
export function listAdminLinkProblems(): Promise<LinkReport> {
  return listLinkProblems(prisma);
}

/**
 * An editor's check from /admin/sources/links: bounded in links (ADMIN_LINK_LIMIT) and in time
 * (a deadline that leaves room for the slowest link), so the request answers in well under a
 * minute however the sites it asks behave.
 */
export async function checkLinksFromAdmin(
  request: TCheckSourceLinksRequest,
): Promise<OperationResult<AdminLinkCheckSummary>> {
  if (running) return { ok: false, code: "REFUSED", message: t.admin.links.busy };
  running = true;
  try {
    const settings = linkCheckSettings();
    const budget = Math.max(ADMIN_BUDGET_MS, settings.timeoutMs + 5_000);
    if (request.sourceId && !(await prisma.source.findUnique({ where: { id: request.sourceId } }))) {
      return { ok: false, code: "NOT_FOUND", message: t.admin.links.missing };
    }
    const run = await checkSourceLinks(
      prisma,
      { ...request, limit: ADMIN_LINK_LIMIT },
      { ...settings, deadline: Date.now() + budget },
    );
    return {
      ok: true,
      data: {
        checked: run.checks.length,
        problems: run.checks.filter((check) => check.outcome !== "OK").length,
        remaining: run.remaining,
      },
    };
  } finally {
    running = false;
  }
}
