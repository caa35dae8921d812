-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "device" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "AuditLog_action_device_createdAt_idx" ON "AuditLog"("action", "device", "createdAt");
