-- Speech documents: ordered cards and analytics per speech, one document per name per debate.
-- CreateTable
CREATE TABLE "SpeechDoc" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debateId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SpeechDoc_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SpeechDocItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "docId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nodeId" TEXT,
    "text" TEXT NOT NULL DEFAULT '',
    "markedAt" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SpeechDocItem_docId_fkey" FOREIGN KEY ("docId") REFERENCES "SpeechDoc" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SpeechDocItem_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "ArgNode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SpeechDoc_debateId_name_key" ON "SpeechDoc"("debateId", "name");

-- CreateIndex
CREATE INDEX "SpeechDocItem_docId_position_idx" ON "SpeechDocItem"("docId", "position");

-- CreateIndex
CREATE INDEX "SpeechDocItem_nodeId_idx" ON "SpeechDocItem"("nodeId");
