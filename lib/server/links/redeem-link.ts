import "server-only";
import { roleAtLeast, type MemberRole } from "@/lib/domain/vocabulary";
import { MemberRole as MemberRoleSchema } from "@/lib/domain/vocabulary-schemas";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";
import { hashToken } from "./create-link";

/**
 * Open a share link as a signed-in user: grants the link's role in the debate (never lowering a
 * role the user already has). A revoked or expired link is refused and grants nothing.
 */
export async function redeemLink(o: { user: SessionUser | null; token: string }): Promise<{ debateId: string; role: MemberRole }> {
  const user = requireSignedIn(o.user);
  return withTx(async (tx) => {
    const link = await tx.shareLink.findUnique({ where: { tokenHash: hashToken(o.token) }, include: { debate: { select: { ownerId: true } } } });
    if (!link) throw notFound("share link");
    if (link.revokedAt) throw new AppError("forbidden", "this share link was revoked by the debate's owner");
    if (link.expiresAt && link.expiresAt <= new Date()) throw new AppError("forbidden", `this share link expired on ${link.expiresAt.toISOString().slice(0, 10)}`);
    if (link.debate.ownerId === user.id) return { debateId: link.debateId, role: "owner" };
    const existing = await tx.membership.findUnique({ where: { debateId_userId: { debateId: link.debateId, userId: user.id } } });
    const linkRole = link.role as MemberRole;
    if (existing && roleAtLeast(existing.role as MemberRole, linkRole) && !existing.linkId) return { debateId: link.debateId, role: existing.role as MemberRole };
    const m = await tx.membership.upsert({
      where: { debateId_userId: { debateId: link.debateId, userId: user.id } },
      create: { debateId: link.debateId, userId: user.id, role: linkRole, linkId: link.id },
      update: { role: linkRole, linkId: link.id, version: { increment: 1 } },
    });
    await recordChange(tx, { debateId: link.debateId, actorId: user.id, entity: "membership", entityId: m.id, ...(existing ? { action: "update", before: { userId: user.id, role: MemberRoleSchema.parse(existing.role), ...(existing.linkId ? { viaLink: existing.linkId } : {}) } } : { action: "create" }), after: { userId: user.id, role: linkRole, viaLink: link.id } });
    return { debateId: link.debateId, role: linkRole };
  });
}
