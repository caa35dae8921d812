import "server-only";
import { createHmac } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { UNKNOWN_ADDRESS } from "@/lib/auth/throttle";
import { findPublishedEntry } from "@/lib/changes/find-published-entry";
import type { TSubmitCorrectionRequest } from "@/lib/corrections/correction-schema";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

const e = t.changes.report.errors;

/** Reports one sender may make in a window; more is a flood, not a reader. */
export const MAX_PER_SENDER = 5;
/** Open reports from everyone in a window, past which the form asks to come back later. */
export const MAX_OPEN_PER_WINDOW = 100;
export const WINDOW_MS = 60 * 60 * 1000;

export type SubmitResult = { ok: true } | { ok: false; message: string; field?: "kind" };

/** A keyed hash of the sender's address: enough to count their reports, useless to anyone else. */
export function senderHash(address: string): string {
  return createHmac("sha256", resolveAuthSecret()).update(`correction:${address}`).digest("base64url");
}

/**
 * Stores a reader's report for the editors' queue (never public), within the rate limits. A
 * filled honeypot is answered as a success and stores nothing: the robot learns nothing.
 */
export async function submitCorrection(
  request: TSubmitCorrectionRequest,
  senderAddress: string,
  now: Date = new Date(),
): Promise<SubmitResult> {
  if (request.website) return { ok: true };
  const entry = await findPublishedEntry(request.kind, request.slug);
  if (!entry) return { ok: false, message: e.entry, field: "kind" };
  const sender = senderHash(senderAddress);
  const since = new Date(now.getTime() - WINDOW_MS);
  const [fromSender, open] = await Promise.all([
    prisma.correction.count({ where: { senderHash: sender, createdAt: { gte: since } } }),
    prisma.correction.count({ where: { status: "OPEN", createdAt: { gte: since } } }),
  ]);
  // Without a known address (no trusted proxy), only the cap on everyone's reports holds.
  if (senderAddress !== UNKNOWN_ADDRESS && fromSender >= MAX_PER_SENDER)
    return { ok: false, message: e.tooMany };
  if (open >= MAX_OPEN_PER_WINDOW) return { ok: false, message: e.busy };
  await prisma.correction.create({
    data: {
      kind: request.kind,
      entryId: entry.id,
      entryTitle: entry.title,
      message: request.message,
      sourceUrl: request.sourceUrl,
      contact: request.contact,
      senderHash: sender,
      createdAt: now,
    },
  });
  return { ok: true };
}
