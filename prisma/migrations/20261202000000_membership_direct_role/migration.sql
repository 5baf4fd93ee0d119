-- A direct role survives a share link that raised it: revoking or expiring the link brings it back.
ALTER TABLE "Membership" ADD COLUMN "directRole" TEXT;
