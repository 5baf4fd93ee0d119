import "server-only";
import { MemberDto, type SetMemberInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { AppError } from "../errors";
import { checkFailures, countFailure, type FailureRule } from "../failure-limit";
import { withTx } from "../tx";

/**
 * Whether an e-mail has an account is what this answer tells an owner, and anyone can own a
 * debate: so unknown addresses are limited per acting user (account enumeration, ASVS V6.3).
 */
export const MEMBER_LOOKUPS: FailureRule = { max: 20, windowMs: 15 * 60_000, what: "unknown e-mail addresses" };

class NoAccount extends AppError {}

/** Share a debate with a named user (by email) as editor, commenter or viewer (owner only). */
export async function setMember(o: { user: SessionUser | null; debateId: string; input: SetMemberInput }): Promise<MemberDto> {
  const key = o.user ? `member-lookups|${o.user.id}` : null;
  if (key) await checkFailures(key, MEMBER_LOOKUPS);
  try {
    return await share(o);
  } catch (err) {
    if (key && err instanceof NoAccount) await countFailure(key, MEMBER_LOOKUPS);
    throw err;
  }
}

function share(o: { user: SessionUser | null; debateId: string; input: SetMemberInput }): Promise<MemberDto> {
  return withTx(async (tx) => {
    const { debate } = await authorizeDebate(tx, o.debateId, o.user, "owner");
    const target = await tx.user.findUnique({ where: { email: o.input.email.toLowerCase() } });
    if (!target) throw new NoAccount("validation_failed", `no Clash account uses ${o.input.email}`, { fieldErrors: { email: ["no account with this email"] } });
    if (target.id === debate.ownerId) throw new AppError("validation_failed", "the owner already has full access");
    const existed = await tx.membership.findUnique({ where: { debateId_userId: { debateId: o.debateId, userId: target.id } } });
    const m = await tx.membership.upsert({
      where: { debateId_userId: { debateId: o.debateId, userId: target.id } },
      create: { debateId: o.debateId, userId: target.id, role: o.input.role },
      update: { role: o.input.role, version: { increment: 1 } },
    });
    const dto = MemberDto.parse({ userId: target.id, name: target.name, email: target.email, role: m.role });
    await recordChange(tx, { debateId: o.debateId, actorId: o.user!.id, entity: "membership", entityId: m.id, action: existed ? "update" : "create", before: existed ? { role: existed.role } : undefined, after: dto });
    return dto;
  });
}
