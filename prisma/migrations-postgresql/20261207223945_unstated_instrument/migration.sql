-- AlterTable
ALTER TABLE "FundingRound" ALTER COLUMN "instrument" DROP NOT NULL;
