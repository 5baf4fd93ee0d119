-- Stored search vectors: ranking and matching read a precomputed tsvector instead of
-- re-parsing every matching row's text (bench/search.ts measured p95 ~1 s at 100k cards without).
-- Prisma does not model these columns: it never selects them, and the database fills them.
DROP INDEX IF EXISTS "ArgNode_search_idx";
DROP INDEX IF EXISTS "Source_search_idx";
ALTER TABLE "ArgNode" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', "title" || ' ' || "body" || ' ' || coalesce("quote", '') || ' ' || coalesce("cite", ''))
) STORED;
ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('english', "title" || ' ' || "author" || ' ' || "publication" || ' ' || "text")
) STORED;
CREATE INDEX "ArgNode_searchVector_idx" ON "ArgNode" USING GIN ("searchVector");
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
