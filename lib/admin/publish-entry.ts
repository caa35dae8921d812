import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { OperationResult } from "@/lib/admin/operation-result";
import { updateAtVersion, versionedChange } from "@/lib/admin/versioned-change";
import type { RevisionAction } from "@/lib/generated/prisma/enums";

export type PublishRequest =
  | { id: string; version: number; intent: "publish" | "unpublish" }
  | { id: string; version: number; intent: "schedule"; publishAt: Date };

const ACTIONS: Record<PublishRequest["intent"], RevisionAction> = {
  publish: "PUBLISH",
  unpublish: "UNPUBLISH",
  schedule: "SCHEDULE",
};

/**
 * Publishes now, takes back to draft, or schedules: published with a future `publishedAt`,
 * which readers' queries hide until then (lib/content/published.ts) and the cache honours
 * (lib/content/cached-query.ts), so the entry appears on time with no job to run.
 */
export async function publishEntry(
  kind: AdminKind,
  request: PublishRequest,
  authorId: string,
  now: Date = new Date(),
): Promise<OperationResult> {
  const data =
    request.intent === "schedule"
      ? { status: "PUBLISHED", publishedAt: request.publishAt }
      : request.intent === "publish"
        ? { status: "PUBLISHED", publishedAt: now }
        : { status: "DRAFT", publishedAt: null };
  return versionedChange(kind, request.id, authorId, async (tx) => {
    const version = await updateAtVersion(tx, kind, request.id, request.version, data);
    return {
      entryId: request.id,
      version,
      action: ACTIONS[request.intent],
      data: { id: request.id, version },
    };
  });
}
