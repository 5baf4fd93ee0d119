import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { GrantableRole } from "@/lib/domain/vocabulary-schemas";
import { recordChange } from "../change-log";
import { notFound } from "../errors";
import { withTx } from "../tx";

/**
 * Revoke a share link: it stops working at once, and the access it granted ends with it. A member
 * whose direct role the link had raised keeps that direct role; the others lose their access.
 */
export async function revokeLink({ user: caller, linkId }: { user: SessionUser | null; linkId: string }) {
  return withTx(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { id: linkId } });
    if (!link) throw notFound("share link");
    const { user } = await authorizeDebate(tx, link.debateId, caller, "owner");
    // Raw SQL: Prisma's updateMany cannot copy one column into another.
    await tx.$executeRaw`UPDATE "Membership" SET "role" = "directRole", "directRole" = NULL, "linkId" = NULL, "version" = "version" + 1 WHERE "linkId" = ${link.id} AND "directRole" IS NOT NULL`;
    const ended = await tx.membership.deleteMany({ where: { linkId: link.id } });
    await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt: link.revokedAt ?? new Date() } });
    await recordChange(tx, {
      debateId: link.debateId,
      actorId: user.id,
      entity: "link",
      entityId: link.id,
      action: "delete",
      before: { id: link.id, role: GrantableRole.parse(link.role), members: ended.count },
    });
    return { id: link.id, membersRemoved: ended.count };
  });
}
