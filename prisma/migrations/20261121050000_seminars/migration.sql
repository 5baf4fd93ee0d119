-- Seminars: who teaches, who joined, the tasks, and each contribution with its feedback.
-- The stub's single task column gives way to a table of tasks, and the instructor becomes a
-- foreign key, so SQLite redefines the Seminar table (it has no rows before this migration).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Seminar" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debateId" TEXT NOT NULL,
    "instructorId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "allowGuests" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "revealed" INTEGER NOT NULL DEFAULT -1,
    "status" TEXT NOT NULL DEFAULT 'open',
    "endedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Seminar_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Seminar_instructorId_fkey" FOREIGN KEY ("instructorId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Seminar" ("allowGuests", "anonymous", "code", "createdAt", "debateId", "id", "instructorId", "revealed", "status", "updatedAt", "version") SELECT "allowGuests", "anonymous", "code", "createdAt", "debateId", "id", "instructorId", "revealed", "status", "updatedAt", "version" FROM "Seminar";
DROP TABLE "Seminar";
ALTER TABLE "new_Seminar" RENAME TO "Seminar";
CREATE UNIQUE INDEX "Seminar_code_key" ON "Seminar"("code");
CREATE INDEX "Seminar_debateId_idx" ON "Seminar"("debateId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateTable
CREATE TABLE "SeminarParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seminarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "guest" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SeminarParticipant_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SeminarParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SeminarTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seminarId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "targetNodeId" TEXT,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "SeminarTask_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SeminarContribution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seminarId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nodeId" TEXT,
    "commentId" TEXT,
    "targetNodeId" TEXT,
    "targetTitle" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "verdict" TEXT,
    "feedback" TEXT NOT NULL DEFAULT '',
    "score" INTEGER,
    "releasedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SeminarContribution_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SeminarContribution_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "SeminarParticipant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SeminarContribution_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SeminarTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SeminarContribution_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "ArgNode" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "SeminarContribution_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SeminarParticipant_userId_idx" ON "SeminarParticipant"("userId");
CREATE UNIQUE INDEX "SeminarParticipant_seminarId_userId_key" ON "SeminarParticipant"("seminarId", "userId");
CREATE UNIQUE INDEX "SeminarParticipant_seminarId_number_key" ON "SeminarParticipant"("seminarId", "number");
CREATE INDEX "SeminarTask_seminarId_idx" ON "SeminarTask"("seminarId");
CREATE INDEX "SeminarContribution_seminarId_idx" ON "SeminarContribution"("seminarId");
CREATE INDEX "SeminarContribution_participantId_idx" ON "SeminarContribution"("participantId");
CREATE INDEX "SeminarContribution_taskId_idx" ON "SeminarContribution"("taskId");
CREATE INDEX "SeminarContribution_nodeId_idx" ON "SeminarContribution"("nodeId");
CREATE INDEX "SeminarContribution_commentId_idx" ON "SeminarContribution"("commentId");
