-- AlterTable
ALTER TABLE "Source" ADD COLUMN "archiveUrl" TEXT;
ALTER TABLE "Source" ADD COLUMN "checkedOn" DATETIME;

-- CreateTable
CREATE TABLE "SourceLinkCheck" (
    "sourceId" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "location" TEXT,
    "error" TEXT,
    "checkedAt" DATETIME NOT NULL,
    CONSTRAINT "SourceLinkCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourceLinkCheck_outcome_idx" ON "SourceLinkCheck"("outcome");
