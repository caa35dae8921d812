-- CreateTable
CREATE TABLE "AlternativeValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "sourceId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'REPORTED',
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AlternativeValue_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "claim" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'REPORTED',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("claim", "id", "position", "sourceId", "subjectId", "subjectType") SELECT "claim", "id", "position", "sourceId", "subjectId", "subjectType" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_subjectType_subjectId_idx" ON "Citation"("subjectType", "subjectId");
CREATE UNIQUE INDEX "Citation_subjectType_subjectId_sourceId_claim_key" ON "Citation"("subjectType", "subjectId", "sourceId", "claim");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AlternativeValue_sourceId_idx" ON "AlternativeValue"("sourceId");

-- CreateIndex
CREATE INDEX "AlternativeValue_subjectType_subjectId_idx" ON "AlternativeValue"("subjectType", "subjectId");
