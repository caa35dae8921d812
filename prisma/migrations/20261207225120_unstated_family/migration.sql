-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AiModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT,
    "category" TEXT,
    "license" TEXT NOT NULL,
    "licenseName" TEXT NOT NULL DEFAULT '',
    "openWeights" BOOLEAN,
    "date" DATETIME,
    "datePrecision" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "replacesId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AiModel_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "AiModel" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AiModel" ("category", "createdAt", "date", "datePrecision", "family", "id", "license", "licenseName", "name", "openWeights", "publishedAt", "replacesId", "slug", "status", "summary", "updatedAt", "version") SELECT "category", "createdAt", "date", "datePrecision", "family", "id", "license", "licenseName", "name", "openWeights", "publishedAt", "replacesId", "slug", "status", "summary", "updatedAt", "version" FROM "AiModel";
DROP TABLE "AiModel";
ALTER TABLE "new_AiModel" RENAME TO "AiModel";
CREATE UNIQUE INDEX "AiModel_slug_key" ON "AiModel"("slug");
CREATE INDEX "AiModel_date_idx" ON "AiModel"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
