-- AlterTable
ALTER TABLE "AiModel" ALTER COLUMN "family" DROP NOT NULL;
