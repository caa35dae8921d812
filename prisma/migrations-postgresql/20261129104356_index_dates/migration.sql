-- CreateIndex
CREATE INDEX "AiModel_date_idx" ON "AiModel"("date");

-- CreateIndex
CREATE INDEX "Event_date_idx" ON "Event"("date");

-- CreateIndex
CREATE INDEX "FundingRound_date_idx" ON "FundingRound"("date");

-- CreateIndex
CREATE INDEX "Partnership_date_idx" ON "Partnership"("date");

-- CreateIndex
CREATE INDEX "Product_date_idx" ON "Product"("date");

-- CreateIndex
CREATE INDEX "Source_publishedOn_idx" ON "Source"("publishedOn");
