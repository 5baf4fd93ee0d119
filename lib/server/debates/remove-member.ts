import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { MemberRole } from "@/lib/domain/vocabulary-schemas";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";

/** Take a user's access away (owner only; the owner cannot remove themselves). */
export async function removeMember({
  debateId,
  user: caller,
  userId,
}: {
  user: SessionUser | null;
  debateId: string;
  userId: string;
}): Promise<{ userId: string }> {
  return withTx(async (tx) => {
    const { debate, user } = await authorizeDebate(tx, debateId, caller, "owner");
    if (userId === debate.ownerId) throw new AppError("validation_failed", "the owner cannot be removed");
    const membership = await tx.membership.findUnique({ where: { debateId_userId: { debateId, userId } } });
    if (!membership) throw notFound("member");
    await tx.membership.delete({ where: { id: membership.id } });
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "membership",
      entityId: membership.id,
      action: "delete",
      before: { userId: membership.userId, role: MemberRole.parse(membership.role) },
    });
    return { userId };
  });
}
