-- The change log's contract version (lib/domain/changes.ts); rows written before it stay NULL (version 1).
ALTER TABLE "Change" ADD COLUMN "schemaVersion" INTEGER;
