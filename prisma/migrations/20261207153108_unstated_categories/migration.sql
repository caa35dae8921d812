-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AiModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
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
CREATE TABLE "new_FundingRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stage" TEXT,
    "instrument" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "amountUsdMinor" BIGINT,
    "valuationMinor" BIGINT,
    "valuationCurrency" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_FundingRound" ("amountMinor", "amountUsdMinor", "createdAt", "currency", "date", "datePrecision", "id", "instrument", "name", "publishedAt", "slug", "stage", "status", "summary", "updatedAt", "valuationCurrency", "valuationMinor", "version") SELECT "amountMinor", "amountUsdMinor", "createdAt", "currency", "date", "datePrecision", "id", "instrument", "name", "publishedAt", "slug", "stage", "status", "summary", "updatedAt", "valuationCurrency", "valuationMinor", "version" FROM "FundingRound";
DROP TABLE "FundingRound";
ALTER TABLE "new_FundingRound" RENAME TO "FundingRound";
CREATE UNIQUE INDEX "FundingRound_slug_key" ON "FundingRound"("slug");
CREATE INDEX "FundingRound_date_idx" ON "FundingRound"("date");
CREATE TABLE "new_Partnership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" TEXT,
    "date" DATETIME,
    "datePrecision" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "amountMinor" BIGINT,
    "currency" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Partnership" ("amountMinor", "category", "createdAt", "currency", "date", "datePrecision", "id", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version") SELECT "amountMinor", "category", "createdAt", "currency", "date", "datePrecision", "id", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version" FROM "Partnership";
DROP TABLE "Partnership";
ALTER TABLE "new_Partnership" RENAME TO "Partnership";
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");
CREATE INDEX "Partnership_date_idx" ON "Partnership"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
