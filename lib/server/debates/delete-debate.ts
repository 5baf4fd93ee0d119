import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { withTx } from "../tx";

/** Delete a debate with everything in it (owner only). */
export async function deleteDebate({
  debateId,
  user,
}: {
  user: SessionUser | null;
  debateId: string;
}): Promise<{ id: string }> {
  return withTx(async (tx) => {
    await authorizeDebate(tx, debateId, user, "owner");
    // Cards reference sources with RESTRICT, so nodes go first; the rest cascades from the debate.
    await tx.edge.deleteMany({ where: { debateId } });
    await tx.argNode.deleteMany({ where: { debateId } });
    await tx.debate.delete({ where: { id: debateId } });
    return { id: debateId };
  });
}
