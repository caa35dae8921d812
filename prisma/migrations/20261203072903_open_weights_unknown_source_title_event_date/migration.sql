-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AiModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "category" TEXT NOT NULL,
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
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" DATETIME,
    "datePrecision" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "amountMinor" BIGINT,
    "currency" TEXT,
    "amountUsdMinor" BIGINT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("amountMinor", "amountUsdMinor", "createdAt", "currency", "date", "datePrecision", "id", "kind", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version") SELECT "amountMinor", "amountUsdMinor", "createdAt", "currency", "date", "datePrecision", "id", "kind", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_date_idx" ON "Event"("date");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "publishedOn" DATETIME,
    "publishedPrecision" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Source" ("createdAt", "id", "language", "publishedAt", "publishedOn", "publishedPrecision", "publisher", "slug", "status", "title", "updatedAt", "url", "version") SELECT "createdAt", "id", "language", "publishedAt", "publishedOn", "publishedPrecision", "publisher", "slug", "status", "title", "updatedAt", "url", "version" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
