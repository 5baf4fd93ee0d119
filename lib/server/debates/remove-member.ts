import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { MemberRole } from "@/lib/domain/vocabulary-schemas";
import { recordChange } from "../change-log";
import { AppError, notFound } from "../errors";
import { withTx } from "../tx";

/** Take a user's access away (owner only; the owner cannot remove themselves). */
export async function removeMember(o: { user: SessionUser | null; debateId: string; userId: string }): Promise<{ userId: string }> {
  return withTx(async (tx) => {
    const { debate } = await authorizeDebate(tx, o.debateId, o.user, "owner");
    if (o.userId === debate.ownerId) throw new AppError("validation_failed", "the owner cannot be removed");
    const m = await tx.membership.findUnique({ where: { debateId_userId: { debateId: o.debateId, userId: o.userId } } });
    if (!m) throw notFound("member");
    await tx.membership.delete({ where: { id: m.id } });
    await recordChange(tx, { debateId: o.debateId, actorId: o.user!.id, entity: "membership", entityId: m.id, action: "delete", before: { userId: m.userId, role: MemberRole.parse(m.role) } });
    return { userId: o.userId };
  });
}
