-- The version of the change contract (lib/domain/changes.ts) a row was written in.
-- Rows written before the contract stay NULL, read as version 1.
ALTER TABLE "Change" ADD COLUMN "schemaVersion" INTEGER;
