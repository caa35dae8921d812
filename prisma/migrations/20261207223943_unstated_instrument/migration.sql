-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FundingRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stage" TEXT,
    "instrument" TEXT,
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "dateQualifier" TEXT,
    "dateBasis" TEXT,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "amountQualifier" TEXT,
    "amountBasis" TEXT,
    "amountUsdMinor" BIGINT,
    "amountUsdQualifier" TEXT,
    "amountUsdBasis" TEXT,
    "valuationMinor" BIGINT,
    "valuationCurrency" TEXT,
    "valuationQualifier" TEXT,
    "valuationBasis" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_FundingRound" ("amountBasis", "amountMinor", "amountQualifier", "amountUsdBasis", "amountUsdMinor", "amountUsdQualifier", "createdAt", "currency", "date", "dateBasis", "datePrecision", "dateQualifier", "id", "instrument", "name", "publishedAt", "slug", "stage", "status", "summary", "updatedAt", "valuationBasis", "valuationCurrency", "valuationMinor", "valuationQualifier", "version") SELECT "amountBasis", "amountMinor", "amountQualifier", "amountUsdBasis", "amountUsdMinor", "amountUsdQualifier", "createdAt", "currency", "date", "dateBasis", "datePrecision", "dateQualifier", "id", "instrument", "name", "publishedAt", "slug", "stage", "status", "summary", "updatedAt", "valuationBasis", "valuationCurrency", "valuationMinor", "valuationQualifier", "version" FROM "FundingRound";
DROP TABLE "FundingRound";
ALTER TABLE "new_FundingRound" RENAME TO "FundingRound";
CREATE UNIQUE INDEX "FundingRound_slug_key" ON "FundingRound"("slug");
CREATE INDEX "FundingRound_date_idx" ON "FundingRound"("date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
