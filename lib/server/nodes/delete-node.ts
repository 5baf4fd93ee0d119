import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Delete an argument and every connection touching it, in one transaction. */
export async function deleteNode(o: { user: SessionUser | null; nodeId: string; version?: number }) {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "node", o.nodeId);
    const { user } = await authorizeDebate(tx, debateId, o.user, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteNode", id: o.nodeId, version: o.version });
    return r.deleted!;
  });
}
