-- Share links grant memberships that end when the link is revoked or expires.
ALTER TABLE "Membership" ADD COLUMN "linkId" TEXT;
ALTER TABLE "ShareLink" ADD COLUMN "createdById" TEXT;
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "ShareLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "Membership_linkId_idx" ON "Membership"("linkId");
