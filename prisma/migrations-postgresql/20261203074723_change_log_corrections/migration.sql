-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "publicAt" TIMESTAMP(3),
ADD COLUMN     "reason" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "entryTitle" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "contact" TEXT NOT NULL DEFAULT '',
    "status" "CorrectionStatus" NOT NULL DEFAULT 'OPEN',
    "senderHash" TEXT NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Correction_status_createdAt_idx" ON "Correction"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_senderHash_createdAt_idx" ON "Correction"("senderHash", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Revision_publicAt_idx" ON "Revision"("publicAt");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
