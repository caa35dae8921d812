import type { PrismaClient } from "@/lib/platform/db/client";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const ATTEMPTS = 5;

/**
 * PostgreSQL aborts one of two serializable transactions that would otherwise break each other's
 * reads (SQLSTATE 40001/40P01; P2034 through Prisma); the answer is to run it again. SQLite never
 * does: it runs writers one at a time.
 */
function isWriteConflict(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { kind?: unknown }; message?: unknown } | null;
  return (
    e?.code === "P2034" ||
    e?.cause?.kind === "TransactionWriteConflict" ||
    (typeof e?.message === "string" && e.message.includes("TransactionWriteConflict"))
  );
}

/**
 * Runs `fn` in a serializable transaction, retried a few times when the database aborts it for
 * a conflict with a concurrent one, so the checks inside (e.g. "never the last owner") hold even
 * when two requests race, on either database.
 */
export async function serializableTransaction<T>(
  db: PrismaClient,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(fn, { isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= ATTEMPTS || !isWriteConflict(error)) throw error;
      // A short random pause, so the two contenders do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
