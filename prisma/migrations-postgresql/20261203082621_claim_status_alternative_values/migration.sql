-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('CONFIRMED', 'REPORTED', 'RUMORED', 'ESTIMATED');

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "status" "ClaimStatus" NOT NULL DEFAULT 'REPORTED';

-- CreateTable
CREATE TABLE "AlternativeValue" (
    "id" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "sourceId" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'REPORTED',
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AlternativeValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlternativeValue_sourceId_idx" ON "AlternativeValue"("sourceId");

-- CreateIndex
CREATE INDEX "AlternativeValue_subjectType_subjectId_idx" ON "AlternativeValue"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "AlternativeValue" ADD CONSTRAINT "AlternativeValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
