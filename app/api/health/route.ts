import { prisma } from "@/lib/platform/db";
import { getEnv } from "@/lib/env";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers and is migrated, else 503. */
export async function GET() {
  const report = await checkHealth(prisma, getEnv().DATABASE_URL);
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
