import "server-only";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Delete an argument and every connection touching it, in one transaction. */
export async function deleteNode({
  nodeId,
  user: caller,
  version,
}: {
  user: SessionUser | null;
  nodeId: string;
  version?: number;
}) {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "node", nodeId);
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteNode", id: nodeId, version });
    return r.deleted!;
  });
}
