import "server-only";
import type { NodeDto, UpdateNodeInput } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { applyOp, authorizeHolder } from "../graph-writes";
import { mark } from "../timing";
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
    const { user, debate } = await authorizeHolder(tx, "node", nodeId, caller, "editor");
    const debateId = debate.id;
    mark("authorize");
    const { version, ...patch } = input;
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateNode", id: nodeId, version, patch });
    mark("write");
    return r.node!;
  });
}
