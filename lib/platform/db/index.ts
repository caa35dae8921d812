import "server-only";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { reportingOutages } from "@/lib/platform/db/outage-reports";

// One client per server process; kept on globalThis so dev-mode reloads reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient =
  globalForPrisma.prisma ??
  (globalForPrisma.prisma = reportingOutages(createPrismaClient(getEnv().DATABASE_URL)));
