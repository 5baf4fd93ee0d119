import "server-only";
import { MemberDto, type SetMemberInput } from "@/lib/domain/schemas";
import { MemberRole } from "@/lib/domain/vocabulary-schemas";
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
export async function setMember(options: {
  user: SessionUser | null;
  debateId: string;
  input: SetMemberInput;
}): Promise<MemberDto> {
  const key = options.user ? `member-lookups|${options.user.id}` : null;
  if (key) await checkFailures(key, MEMBER_LOOKUPS);
  try {
    return await share(options);
  } catch (err) {
    if (key && err instanceof NoAccount) await countFailure(key, MEMBER_LOOKUPS);
    throw err;
  }
}

function share({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: SetMemberInput;
}): Promise<MemberDto> {
  return withTx(async (tx) => {
    const { debate, user } = await authorizeDebate(tx, debateId, caller, "owner");
    const target = await tx.user.findUnique({ where: { email: input.email.toLowerCase() } });
    if (!target)
      throw new NoAccount("validation_failed", `no Clash account uses ${input.email}`, {
        fieldErrors: { email: ["no account with this email"] },
      });
    if (target.id === debate.ownerId) throw new AppError("validation_failed", "the owner already has full access");
    const existed = await tx.membership.findUnique({ where: { debateId_userId: { debateId, userId: target.id } } });
    const membership = await tx.membership.upsert({
      where: { debateId_userId: { debateId, userId: target.id } },
      create: { debateId, userId: target.id, role: input.role },
      // A role set by the owner is direct: it no longer hangs on a share link.
      update: { role: input.role, linkId: null, directRole: null, version: { increment: 1 } },
    });
    const dto = MemberDto.parse({ userId: target.id, name: target.name, email: target.email, role: membership.role });
    await recordChange(tx, {
      debateId,
      actorId: user.id,
      entity: "membership",
      entityId: membership.id,
      ...(existed
        ? { action: "update", before: { userId: target.id, name: target.name, role: MemberRole.parse(existed.role) } }
        : { action: "create" }),
      after: { userId: target.id, name: target.name, role: dto.role },
    });
    return dto;
  });
}
