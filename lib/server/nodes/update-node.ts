import "server-only";
import type { NodeDto, UpdateNodeInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Change an argument's fields; a stale `version` is refused with 409 and the current row. */
export async function updateNode(o: { user: SessionUser | null; nodeId: string; input: UpdateNodeInput }): Promise<NodeDto> {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "node", o.nodeId);
    const { user } = await authorizeDebate(tx, debateId, o.user, "editor");
    const { version, ...patch } = o.input;
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateNode", id: o.nodeId, version, patch });
    return r.node!;
  });
}
