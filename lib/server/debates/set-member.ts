import "server-only";
import { MemberDto, type SetMemberInput } from "@/lib/domain/schemas";
import { MemberRole } from "@/lib/domain/vocabulary-schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { withTx } from "../tx";

/** Share a debate with a named user (by email) as editor, commenter or viewer (owner only). */
export async function setMember(o: { user: SessionUser | null; debateId: string; input: SetMemberInput }): Promise<MemberDto> {
  return withTx(async (tx) => {
    const { debate } = await authorizeDebate(tx, o.debateId, o.user, "owner");
    const target = await tx.user.findUnique({ where: { email: o.input.email.toLowerCase() } });
    if (!target) throw new AppError("validation_failed", `no Clash account uses ${o.input.email}`, { fieldErrors: { email: ["no account with this email"] } });
    if (target.id === debate.ownerId) throw new AppError("validation_failed", "the owner already has full access");
    const existed = await tx.membership.findUnique({ where: { debateId_userId: { debateId: o.debateId, userId: target.id } } });
    const m = await tx.membership.upsert({
      where: { debateId_userId: { debateId: o.debateId, userId: target.id } },
      create: { debateId: o.debateId, userId: target.id, role: o.input.role },
      update: { role: o.input.role, version: { increment: 1 } },
    });
    const dto = MemberDto.parse({ userId: target.id, name: target.name, email: target.email, role: m.role });
    await recordChange(tx, { debateId: o.debateId, actorId: o.user!.id, entity: "membership", entityId: m.id, ...(existed ? { action: "update", before: { userId: target.id, name: target.name, role: MemberRole.parse(existed.role) } } : { action: "create" }), after: { userId: target.id, name: target.name, role: dto.role } });
    return dto;
  });
}
