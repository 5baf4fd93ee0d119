-- Speech documents: ordered cards and analytics per speech, one document per name per debate.
-- CreateTable
CREATE TABLE "SpeechDoc" (
    "id" TEXT NOT NULL,
    "debateId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpeechDoc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpeechDocItem" (
    "id" TEXT NOT NULL,
    "docId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nodeId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "markedAt" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpeechDocItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SpeechDoc_debateId_name_key" ON "SpeechDoc"("debateId", "name");

-- CreateIndex
CREATE INDEX "SpeechDocItem_docId_position_idx" ON "SpeechDocItem"("docId", "position");

-- CreateIndex
CREATE INDEX "SpeechDocItem_nodeId_idx" ON "SpeechDocItem"("nodeId");

-- AddForeignKey
ALTER TABLE "SpeechDoc" ADD CONSTRAINT "SpeechDoc_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeechDocItem" ADD CONSTRAINT "SpeechDocItem_docId_fkey" FOREIGN KEY ("docId") REFERENCES "SpeechDoc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpeechDocItem" ADD CONSTRAINT "SpeechDocItem_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "ArgNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;
