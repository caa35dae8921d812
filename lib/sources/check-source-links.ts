import { z } from "zod";
import { admin as sourcesAdmin } from "@/lib/kinds/sources/admin";
import type { PrismaClient } from "@/lib/platform/db/client";
import { checkLinks, type LinkCheck, type LinksCheckOptions } from "@/lib/sources/check-links";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { t } from "@/lib/i18n";

const l = t.admin.links;

/** Which sources to check: those matching a text (any part of title, slug, publisher or link), or one. */
export const ZCheckSourceLinksRequestSchema = z.object({
  match: z
    .string({ error: l.matchInvalid })
    .trim()
    .max(200, { error: l.matchTooLong })
    .refine((v) => !CONTROL_CHARACTERS.test(v), { error: l.matchInvalid })
    .optional()
    .default(""),
  // Empty, as a form without it sends nothing: every source matching.
  sourceId: z
    .string({ error: l.missing })
    .trim()
    .max(64, { error: l.missing })
    .optional()
    .transform((id) => id || undefined),
});

export type TCheckSourceLinksRequest = z.output<typeof ZCheckSourceLinksRequestSchema>;

export interface SourceLinkCheckRun {
  /** The links checked, each with its source. */
  checks: (LinkCheck & { sourceId: string; title: string })[];
  /** Sources chosen but not reached before the deadline. */
  unchecked: number;
  /** Sources matching that this run left for a later one (past its limit or its deadline). */
  remaining: number;
}

type Candidate = {
  id: string;
  slug: string;
  title: string | null;
  publisher: string;
  url: string;
  createdAt: Date;
  linkCheck: { url: string; checkedAt: Date } | null;
};

/** When a source's current link was last checked; never, if the check was of another address. */
const lastChecked = (source: Candidate) =>
  source.linkCheck?.url === source.url ? source.linkCheck.checkedAt.getTime() : -Infinity;

/**
 * Checks the links of up to `limit` sources (drafts too: an editor wants to know before
 * publishing), those never checked first, then those checked longest ago, the newest sources
 * first among equals; each result is stored as soon as it is known, so a run cut short keeps what
 * it found. A result belongs to the address checked: once an editor changes the link, the old
 * result no longer counts.
 */
export async function checkSourceLinks(
  db: PrismaClient,
  { match, sourceId, limit }: { match: string; sourceId?: string; limit: number },
  options: LinksCheckOptions,
): Promise<SourceLinkCheckRun> {
  const sources: Candidate[] = await db.source.findMany({
    where: sourceId ? { id: sourceId } : {},
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      url: true,
      createdAt: true,
      linkCheck: { select: { url: true, checkedAt: true } },
    },
  });
  const needle = match.toLocaleLowerCase();
  const matching = needle
    ? sources.filter((source) =>
        sourcesAdmin.searchColumns.some((column) =>
          String(source[column as keyof Candidate] ?? "")
            .toLocaleLowerCase()
            .includes(needle),
        ),
      )
    : sources;
  const chosen = matching
    .sort((a, b) => lastChecked(a) - lastChecked(b) || b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, limit);
  const byUrl = new Map(chosen.map((source) => [source.url, source]));

  const { checks, unchecked } = await checkLinks([...byUrl.keys()], {
    ...options,
    onCheck: async (check) => {
      await storeCheck(db, byUrl.get(check.url)!.id, check);
      await options.onCheck?.(check);
    },
  });
  return {
    checks: checks.map((check) => {
      const source = byUrl.get(check.url)!;
      return { ...check, sourceId: source.id, title: sourcesAdmin.titleOf(source) };
    }),
    unchecked: unchecked.length,
    remaining: matching.length - checks.length,
  };
}

/** Keeps a source's latest check; a source deleted meanwhile keeps nothing. */
async function storeCheck(db: PrismaClient, sourceId: string, check: LinkCheck): Promise<void> {
  const data = {
    url: check.url,
    outcome: check.outcome,
    httpStatus: check.httpStatus,
    location: check.location,
    error: check.error,
    checkedAt: check.checkedAt,
  };
  try {
    await db.sourceLinkCheck.upsert({ where: { sourceId }, create: { sourceId, ...data }, update: data });
  } catch (error) {
    // P2003: the source is gone (its foreign key); P2025: the same, seen by the update.
    const code = (error as { code?: unknown } | null)?.code;
    if (code !== "P2003" && code !== "P2025") throw error;
  }
}
