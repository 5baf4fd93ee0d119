import "server-only";
import type { NodeDto, UpdateNodeInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Change an argument's fields; a stale `version` is refused with 409 and the current row. */
export async function updateNode({
  input,
  nodeId,
  user: caller,
}: {
  user: SessionUser | null;
  nodeId: string;
  input: UpdateNodeInput;
}): Promise<NodeDto> {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "node", nodeId);
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const { version, ...patch } = input;
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateNode", id: nodeId, version, patch });
    return r.node!;
  });
}
