-- Share links grant memberships that end when the link is revoked or expires.
ALTER TABLE "Membership" ADD COLUMN "linkId" TEXT REFERENCES "ShareLink" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ShareLink" ADD COLUMN "createdById" TEXT;
CREATE INDEX "Membership_linkId_idx" ON "Membership"("linkId");
