-- AlterTable
ALTER TABLE "Event" ADD COLUMN "amountBasis" TEXT;
ALTER TABLE "Event" ADD COLUMN "amountQualifier" TEXT;
ALTER TABLE "Event" ADD COLUMN "amountUsdBasis" TEXT;
ALTER TABLE "Event" ADD COLUMN "amountUsdQualifier" TEXT;

-- AlterTable
ALTER TABLE "FundingRound" ADD COLUMN "amountBasis" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "amountQualifier" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "amountUsdBasis" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "amountUsdQualifier" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "dateBasis" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "dateQualifier" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "valuationBasis" TEXT;
ALTER TABLE "FundingRound" ADD COLUMN "valuationQualifier" TEXT;

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN "amountBasis" TEXT;
ALTER TABLE "Partnership" ADD COLUMN "amountQualifier" TEXT;
