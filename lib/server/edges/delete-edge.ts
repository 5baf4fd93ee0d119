import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Remove a connection. */
export async function deleteEdge({
  edgeId,
  user: caller,
  version,
}: {
  user: SessionUser | null;
  edgeId: string;
  version?: number;
}) {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "edge", edgeId);
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteEdge", id: edgeId, version });
    return r.deleted!;
  });
}
