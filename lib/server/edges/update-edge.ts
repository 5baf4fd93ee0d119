import "server-only";
import type { EdgeDto, UpdateEdgeInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
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
    const debateId = await debateOf(tx, "edge", edgeId);
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateEdge", id: edgeId, ...input });
    return r.edge!;
  });
}
