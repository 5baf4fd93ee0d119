-- Seminars: who teaches, who joined, the tasks, and each contribution with its feedback.
-- The stub's single task column gives way to a table of tasks.
-- AlterTable
ALTER TABLE "Seminar" DROP COLUMN "task",
ADD COLUMN     "endedAt" TIMESTAMP(3);
-- CreateTable
CREATE TABLE "SeminarParticipant" (
    "id" TEXT NOT NULL,
    "seminarId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "guest" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeminarParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeminarTask" (
    "id" TEXT NOT NULL,
    "seminarId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "targetNodeId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "SeminarTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeminarContribution" (
    "id" TEXT NOT NULL,
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
    "releasedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SeminarContribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SeminarParticipant_userId_idx" ON "SeminarParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SeminarParticipant_seminarId_userId_key" ON "SeminarParticipant"("seminarId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SeminarParticipant_seminarId_number_key" ON "SeminarParticipant"("seminarId", "number");

-- CreateIndex
CREATE INDEX "SeminarTask_seminarId_idx" ON "SeminarTask"("seminarId");

-- CreateIndex
CREATE INDEX "SeminarContribution_seminarId_idx" ON "SeminarContribution"("seminarId");

-- CreateIndex
CREATE INDEX "SeminarContribution_participantId_idx" ON "SeminarContribution"("participantId");

-- CreateIndex
CREATE INDEX "SeminarContribution_taskId_idx" ON "SeminarContribution"("taskId");

-- CreateIndex
CREATE INDEX "SeminarContribution_nodeId_idx" ON "SeminarContribution"("nodeId");

-- CreateIndex
CREATE INDEX "SeminarContribution_commentId_idx" ON "SeminarContribution"("commentId");

-- AddForeignKey
ALTER TABLE "Seminar" ADD CONSTRAINT "Seminar_instructorId_fkey" FOREIGN KEY ("instructorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarParticipant" ADD CONSTRAINT "SeminarParticipant_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarParticipant" ADD CONSTRAINT "SeminarParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarTask" ADD CONSTRAINT "SeminarTask_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarContribution" ADD CONSTRAINT "SeminarContribution_seminarId_fkey" FOREIGN KEY ("seminarId") REFERENCES "Seminar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarContribution" ADD CONSTRAINT "SeminarContribution_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "SeminarParticipant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarContribution" ADD CONSTRAINT "SeminarContribution_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "SeminarTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarContribution" ADD CONSTRAINT "SeminarContribution_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "ArgNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SeminarContribution" ADD CONSTRAINT "SeminarContribution_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

