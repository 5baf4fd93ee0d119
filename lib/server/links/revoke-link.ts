import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { GrantableRole } from "@/lib/domain/vocabulary-schemas";
import { recordChange } from "../change-log";
import { notFound } from "../errors";
import { withTx } from "../tx";

/** Revoke a share link: it stops working at once, and the access it granted ends with it. */
export async function revokeLink(o: { user: SessionUser | null; linkId: string }) {
  return withTx(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { id: o.linkId } });
    if (!link) throw notFound("share link");
    await authorizeDebate(tx, link.debateId, o.user, "owner");
    const ended = await tx.membership.deleteMany({ where: { linkId: link.id } });
    await tx.shareLink.update({ where: { id: link.id }, data: { revokedAt: link.revokedAt ?? new Date() } });
    await recordChange(tx, { debateId: link.debateId, actorId: o.user!.id, entity: "link", entityId: link.id, action: "delete", before: { id: link.id, role: GrantableRole.parse(link.role), members: ended.count } });
    return { id: link.id, membersRemoved: ended.count };
  });
}
