-- AlterTable
ALTER TABLE "ArgNode" ADD COLUMN "anchorStatus" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "attribution" TEXT NOT NULL DEFAULT '';

-- Full-text search: GIN indexes on the same expressions the search query uses.
CREATE INDEX "ArgNode_search_idx" ON "ArgNode" USING GIN (
  to_tsvector('english', "title" || ' ' || "body" || ' ' || coalesce("quote", '') || ' ' || coalesce("cite", ''))
);
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (
  to_tsvector('english', "title" || ' ' || "author" || ' ' || "publication" || ' ' || "text")
);
