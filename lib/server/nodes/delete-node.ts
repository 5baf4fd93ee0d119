import "server-only";
import type { SessionUser } from "../auth-guard";
import { applyOp, authorizeHolder } from "../graph-writes";
import { mark } from "../timing";
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
    const { user, debate } = await authorizeHolder(tx, "node", nodeId, caller, "editor");
    const debateId = debate.id;
    mark("authorize");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteNode", id: nodeId, version });
    mark("write");
    return r.deleted!;
  });
}
