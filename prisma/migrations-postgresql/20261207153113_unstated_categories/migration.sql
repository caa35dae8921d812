-- AlterTable
ALTER TABLE "AiModel" ALTER COLUMN "category" DROP NOT NULL;

-- AlterTable
ALTER TABLE "FundingRound" ALTER COLUMN "stage" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Partnership" ALTER COLUMN "category" DROP NOT NULL;
