import "server-only";
import type { CreateDebateInput, DebateSummaryDto } from "@/lib/domain/schemas";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { requireFullAccount } from "../seminars/guest-account";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

/** Create a debate owned by the signed-in user. */
export async function createDebate({
  input,
  user: caller,
}: {
  user: SessionUser | null;
  input: CreateDebateInput;
}): Promise<DebateSummaryDto> {
  const user = requireFullAccount(requireSignedIn(caller));
  return withTx(async (tx) => {
    const created = await tx.debate.create({ data: { ...input, ownerId: user.id }, include: summaryInclude });
    await tx.membership.create({ data: { debateId: created.id, userId: user.id, role: "owner" } });
    const dto = toDebateSummary(created, "owner");
    await recordChange(tx, {
      debateId: created.id,
      actorId: user.id,
      entity: "debate",
      entityId: created.id,
      action: "create",
      after: dto,
    });
    return dto;
  });
}
