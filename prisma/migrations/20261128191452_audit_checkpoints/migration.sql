-- CreateTable
CREATE TABLE "audit_checkpoints" (
    "id" TEXT NOT NULL,
    "throughSeq" BIGINT NOT NULL,
    "throughHash" TEXT NOT NULL,
    "prunedEvents" INTEGER NOT NULL,
    "prunedBefore" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_checkpoints_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_checkpoints_throughSeq_key" ON "audit_checkpoints"("throughSeq");
