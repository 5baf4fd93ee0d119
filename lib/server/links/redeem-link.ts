import "server-only";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import { membershipRole } from "../access";
import { MemberRole as MemberRoleSchema } from "@/lib/domain/vocabulary-schemas";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { requireFullAccount } from "../seminars/guest-account";
import { withTx } from "../tx";
import { findLiveLink } from "./describe-link";

/**
 * Open a share link as a signed-in user (a POST: never on a page render). It grants the link's
 * role only when that raises the user's role: an owner, editor or earlier link's role is never
 * lowered. A raised membership keeps the direct role it stood over, which comes back when the
 * link is revoked or expires. A revoked or expired link is refused and grants nothing.
 */
export async function redeemLink({
  user: caller,
  token,
}: {
  user: SessionUser | null;
  token: string;
}): Promise<{ debateId: string; role: MemberRole }> {
  const user = requireFullAccount(requireSignedIn(caller));
  return withTx(async (tx) => {
    const link = await findLiveLink(tx, token);
    const debateId = link.debateId;
    if (link.debate.ownerId === user.id) return { debateId, role: "owner" };
    const existing = await tx.membership.findUnique({
      where: { debateId_userId: { debateId, userId: user.id } },
      include: { link: { select: { revokedAt: true, expiresAt: true } } },
    });
    const current = existing ? membershipRole(existing) : null;
    const linkRole = link.role as MemberRole;
    if (current && roleAtLeast(current, linkRole)) return { debateId, role: current };
    // The direct role beneath: the membership's own when direct, else the one its old link kept.
    const directRole = existing ? (existing.linkId ? existing.directRole : existing.role) : null;
    const membership = await tx.membership.upsert({
      where: { debateId_userId: { debateId, userId: user.id } },
      create: { debateId, userId: user.id, role: linkRole, linkId: link.id },
      update: { role: linkRole, linkId: link.id, directRole, version: { increment: 1 } },
    });
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "membership",
      entityId: membership.id,
      ...(existing
        ? {
            action: "update",
            before: {
              userId: user.id,
              role: MemberRoleSchema.parse(existing.role),
              ...(existing.linkId ? { viaLink: existing.linkId } : {}),
            },
          }
        : { action: "create" }),
      after: { userId: user.id, role: linkRole, viaLink: link.id },
    });
    return { debateId, role: linkRole };
  });
}
