import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Whether taking this user out of the enabled owners (disabling, demoting) would leave none.
 * Call it inside the serializable transaction that makes the change, so two owners cannot
 * take each other out at the same time.
 */
export async function isLastEnabledOwner(
  tx: Prisma.TransactionClient,
  user: { role: Role; disabledAt: Date | null },
): Promise<boolean> {
  if (user.role !== "OWNER" || user.disabledAt) return false;
  const enabledOwners = await tx.user.count({ where: { role: "OWNER", disabledAt: null } });
  return enabledOwners <= 1;
}
