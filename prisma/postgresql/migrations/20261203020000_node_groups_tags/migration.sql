-- Groups of nodes (Verbatim pockets, hats and blocks, Argdown headings) and free tags on nodes.
CREATE TABLE "NodeGroup" (
    "id" TEXT NOT NULL,
    "debateId" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NodeGroup_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "NodeGroup_debateId_idx" ON "NodeGroup"("debateId");
CREATE INDEX "NodeGroup_parentId_idx" ON "NodeGroup"("parentId");
ALTER TABLE "NodeGroup" ADD CONSTRAINT "NodeGroup_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "NodeGroup" ADD CONSTRAINT "NodeGroup_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "NodeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ArgNode" ADD COLUMN "groupId" TEXT;
ALTER TABLE "ArgNode" ADD COLUMN "tags" TEXT NOT NULL DEFAULT '[]';
CREATE INDEX "ArgNode_groupId_idx" ON "ArgNode"("groupId");
ALTER TABLE "ArgNode" ADD CONSTRAINT "ArgNode_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "NodeGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;
