-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "OrganizationType" AS ENUM ('COMPANY', 'INVESTOR', 'GOVERNMENT', 'MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "PersonCategory" AS ENUM ('FOUNDER', 'ADVISER', 'INVESTOR', 'OTHER');

-- CreateEnum
CREATE TYPE "ModelCategory" AS ENUM ('GENERAL', 'MULTIMODAL', 'CODE', 'EDGE', 'REGIONAL', 'RESEARCH');

-- CreateEnum
CREATE TYPE "ModelLicense" AS ENUM ('APACHE_2_0', 'NON_COMMERCIAL', 'COMMERCIAL', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "ProductCategory" AS ENUM ('ASSISTANT', 'API', 'DOCUMENT_AI', 'OTHER');

-- CreateEnum
CREATE TYPE "RoundStage" AS ENUM ('SEED', 'SERIES_A', 'SERIES_A_EXTENSION', 'SERIES_B', 'OTHER');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('EQUITY', 'CONVERTIBLE', 'EQUITY_AND_DEBT', 'DEBT');

-- CreateEnum
CREATE TYPE "PartnershipCategory" AS ENUM ('CLOUD', 'CONTENT', 'PUBLIC_SECTOR', 'DEFENCE', 'INDUSTRY', 'TECHNOLOGY', 'INFRASTRUCTURE');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('MILESTONE', 'FINANCIAL', 'REGULATORY', 'STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SubjectType" AS ENUM ('ORGANIZATION', 'PERSON', 'MODEL', 'PRODUCT', 'ROUND', 'PARTNERSHIP', 'EVENT', 'EXPLAINER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'EDITOR');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'PUBLISH', 'UNPUBLISH', 'SCHEDULE', 'RESTORE');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGGED_OUT', 'USER_CREATED', 'USER_UPDATED', 'USER_DISABLED', 'USER_ENABLED', 'PASSWORD_CHANGED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameZh" TEXT,
    "type" "OrganizationType" NOT NULL DEFAULT 'COMPANY',
    "country" TEXT,
    "headquarters" TEXT,
    "website" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "foundedOn" TIMESTAMP(3),
    "foundedPrecision" "DatePrecision",
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "PersonCategory" NOT NULL,
    "role" TEXT NOT NULL DEFAULT '',
    "boardMember" BOOLEAN NOT NULL DEFAULT false,
    "background" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AiModel" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "category" "ModelCategory" NOT NULL,
    "license" "ModelLicense" NOT NULL,
    "licenseName" TEXT NOT NULL DEFAULT '',
    "openWeights" BOOLEAN NOT NULL DEFAULT false,
    "date" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "summary" TEXT NOT NULL DEFAULT '',
    "replacesId" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AiModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelCollaborator" (
    "modelId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,

    CONSTRAINT "ModelCollaborator_pkey" PRIMARY KEY ("modelId","organizationId")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "ProductCategory" NOT NULL,
    "platforms" TEXT NOT NULL DEFAULT '',
    "date" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "summary" TEXT NOT NULL DEFAULT '',
    "priceMinor" BIGINT,
    "priceCurrency" TEXT,
    "pricePeriod" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "RoundStage" NOT NULL,
    "instrument" "Instrument" NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "amountMinor" BIGINT,
    "currency" TEXT,
    "amountUsdMinor" BIGINT,
    "valuationMinor" BIGINT,
    "valuationCurrency" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundInvestor" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "organizationId" TEXT,
    "personId" TEXT,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RoundInvestor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "category" "PartnershipCategory" NOT NULL,
    "date" TIMESTAMP(3),
    "datePrecision" "DatePrecision",
    "summary" TEXT NOT NULL DEFAULT '',
    "amountMinor" BIGINT,
    "currency" TEXT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipPartner" (
    "partnershipId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnershipPartner_pkey" PRIMARY KEY ("partnershipId","organizationId")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "amountMinor" BIGINT,
    "currency" TEXT,
    "amountUsdMinor" BIGINT,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "publishedOn" TIMESTAMP(3),
    "publishedPrecision" "DatePrecision",
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "subjectType" "SubjectType" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "claim" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExplainerSection" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExplainerSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "snapshot" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "actorId" TEXT,
    "targetUserId" TEXT,
    "email" TEXT NOT NULL DEFAULT '',
    "ip" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AiModel_slug_key" ON "AiModel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "FundingRound_slug_key" ON "FundingRound"("slug");

-- CreateIndex
CREATE INDEX "RoundInvestor_organizationId_idx" ON "RoundInvestor"("organizationId");

-- CreateIndex
CREATE INDEX "RoundInvestor_personId_idx" ON "RoundInvestor"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE INDEX "PartnershipPartner_organizationId_idx" ON "PartnershipPartner"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE INDEX "Citation_subjectType_subjectId_idx" ON "Citation"("subjectType", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Citation_subjectType_subjectId_sourceId_claim_key" ON "Citation"("subjectType", "subjectId", "sourceId", "claim");

-- CreateIndex
CREATE UNIQUE INDEX "ExplainerSection_slug_key" ON "ExplainerSection"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Revision_kind_entryId_createdAt_idx" ON "Revision"("kind", "entryId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_email_createdAt_idx" ON "AuditLog"("action", "email", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_ip_createdAt_idx" ON "AuditLog"("action", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "AiModel" ADD CONSTRAINT "AiModel_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "AiModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCollaborator" ADD CONSTRAINT "ModelCollaborator_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "AiModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCollaborator" ADD CONSTRAINT "ModelCollaborator_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundInvestor" ADD CONSTRAINT "RoundInvestor_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundInvestor" ADD CONSTRAINT "RoundInvestor_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundInvestor" ADD CONSTRAINT "RoundInvestor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
