-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('APPROXIMATE', 'REPORTED', 'INFERRED');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "amountBasis" TEXT,
ADD COLUMN     "amountQualifier" "FigureQualifier",
ADD COLUMN     "amountUsdBasis" TEXT,
ADD COLUMN     "amountUsdQualifier" "FigureQualifier";

-- AlterTable
ALTER TABLE "FundingRound" ADD COLUMN     "amountBasis" TEXT,
ADD COLUMN     "amountQualifier" "FigureQualifier",
ADD COLUMN     "amountUsdBasis" TEXT,
ADD COLUMN     "amountUsdQualifier" "FigureQualifier",
ADD COLUMN     "dateBasis" TEXT,
ADD COLUMN     "dateQualifier" "FigureQualifier",
ADD COLUMN     "valuationBasis" TEXT,
ADD COLUMN     "valuationQualifier" "FigureQualifier";

-- AlterTable
ALTER TABLE "Partnership" ADD COLUMN     "amountBasis" TEXT,
ADD COLUMN     "amountQualifier" "FigureQualifier";
