import "server-only";
import type { CreateDebateInput, DebateSummaryDto } from "@/lib/domain/schemas";
import { requireSignedIn, type SessionUser } from "../auth-guard";
import { recordChange } from "../change-log";
import { withTx } from "../tx";
import { summaryInclude, toDebateSummary } from "./summary";

/** Create a debate owned by the signed-in user. */
export async function createDebate(o: { user: SessionUser | null; input: CreateDebateInput }): Promise<DebateSummaryDto> {
  const user = requireSignedIn(o.user);
  return withTx(async (tx) => {
    const d = await tx.debate.create({ data: { ...o.input, ownerId: user.id }, include: summaryInclude });
    await tx.membership.create({ data: { debateId: d.id, userId: user.id, role: "owner" } });
    const dto = toDebateSummary(d, "owner");
    await recordChange(tx, { debateId: d.id, actorId: user.id, entity: "debate", entityId: d.id, action: "create", after: dto });
    return dto;
  });
}
