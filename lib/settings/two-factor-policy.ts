import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

const KEY = "requireTwoFactor";

/**
 * Whether owners require every user to sign in with two factors (a site setting). Read once per
 * request: the layout, the page and an action may each ask.
 */
export const isTwoFactorRequired = cache(async (): Promise<boolean> => {
  const setting = await prisma.siteSetting.findUnique({ where: { key: KEY } });
  return setting?.value === "true";
});

export const ZSetTwoFactorPolicyRequestSchema = z.object({
  required: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** An owner turns the requirement on or off (audited). */
export async function setTwoFactorRequired(
  { required }: z.output<typeof ZSetTwoFactorPolicyRequestSchema>,
  actor: { id: string; email: string },
  ip: string,
): Promise<ActionResult<{ required: boolean }>> {
  const value = String(required);
  const tf = t.accounts.twoFactor;
  await prisma.$transaction([
    prisma.siteSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } }),
    prisma.auditLog.create({
      data: auditData("TWO_FACTOR_POLICY_CHANGED", {
        actorId: actor.id,
        email: actor.email,
        ip,
        detail: required ? t.accounts.auditDetails.policyOn : t.accounts.auditDetails.policyOff,
      }),
    }),
  ]);
  return { ok: true, data: { required }, message: required ? tf.policyTurnedOn : tf.policyTurnedOff };
}
