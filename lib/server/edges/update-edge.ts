import "server-only";
import type { EdgeDto, UpdateEdgeInput } from "@/lib/domain/schemas";
import type { SessionUser } from "../auth-guard";
import { applyOp, authorizeHolder } from "../graph-writes";
import { mark } from "../timing";
import { withTx } from "../tx";

/** Change a connection's relation (version-checked). */
export async function updateEdge({
  edgeId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  edgeId: string;
  input: UpdateEdgeInput;
}): Promise<EdgeDto> {
  return withTx(async (tx) => {
    const { user, debate } = await authorizeHolder(tx, "edge", edgeId, caller, "editor");
    const debateId = debate.id;
    mark("authorize");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateEdge", id: edgeId, ...input });
    mark("write");
    return r.edge!;
  });
}
