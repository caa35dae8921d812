-- CreateEnum
CREATE TYPE "LinkOutcome" AS ENUM ('OK', 'MOVED', 'NOT_FOUND', 'GONE', 'BROKEN', 'TIMEOUT', 'ERROR');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "checkedOn" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SourceLinkCheck" (
    "sourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "outcome" "LinkOutcome" NOT NULL,
    "httpStatus" INTEGER,
    "location" TEXT,
    "error" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceLinkCheck_pkey" PRIMARY KEY ("sourceId")
);

-- CreateIndex
CREATE INDEX "SourceLinkCheck_outcome_idx" ON "SourceLinkCheck"("outcome");

-- AddForeignKey
ALTER TABLE "SourceLinkCheck" ADD CONSTRAINT "SourceLinkCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
