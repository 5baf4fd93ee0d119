import "server-only";
import type { SessionUser } from "../auth-guard";
import { applyOp, authorizeHolder } from "../graph-writes";
import { mark } from "../timing";
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
    const { user, debate } = await authorizeHolder(tx, "edge", edgeId, caller, "editor");
    const debateId = debate.id;
    mark("authorize");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "deleteEdge", id: edgeId, version });
    mark("write");
    return r.deleted!;
  });
}
