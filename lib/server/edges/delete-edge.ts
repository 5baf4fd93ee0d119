import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Remove a connection. */
export async function deleteEdge(o: { user: SessionUser | null; edgeId: string; version?: number }) {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "edge", o.edgeId);
    const { user } = await authorizeDebate(tx, debateId, o.user, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteEdge", id: o.edgeId, version: o.version });
    return r.deleted!;
  });
}
