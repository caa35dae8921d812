import "server-only";
import { prisma } from "@/lib/platform/db";

export interface CorrectionView {
  id: string;
  kind: string;
  entryId: string;
  entryTitle: string;
  message: string;
  sourceUrl: string;
  contact: string;
  status: string;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

const REVIEWED_SHOWN = 20;

/** The editors' queue: every open report, oldest first, then the last reviewed ones. */
export async function listCorrections(): Promise<{ open: CorrectionView[]; reviewed: CorrectionView[] }> {
  const include = { reviewedBy: { select: { name: true } } } as const;
  const [open, reviewed] = await Promise.all([
    prisma.correction.findMany({ where: { status: "OPEN" }, orderBy: { createdAt: "asc" }, include }),
    prisma.correction.findMany({
      where: { status: { not: "OPEN" } },
      orderBy: { reviewedAt: "desc" },
      take: REVIEWED_SHOWN,
      include,
    }),
  ]);
  const view = (row: (typeof open)[number]): CorrectionView => ({
    id: row.id,
    kind: row.kind,
    entryId: row.entryId,
    entryTitle: row.entryTitle,
    message: row.message,
    sourceUrl: row.sourceUrl,
    contact: row.contact,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    reviewedBy: row.reviewedBy?.name ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  });
  return { open: open.map(view), reviewed: reviewed.map(view) };
}

/** How many reports wait for an editor. */
export function countOpenCorrections(): Promise<number> {
  return prisma.correction.count({ where: { status: "OPEN" } });
}
