import "server-only";
import type { EdgeDto, UpdateEdgeInput } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp, debateOf } from "../graph-writes";
import { withTx } from "../tx";

/** Change a connection's relation (version-checked). */
export async function updateEdge(o: { user: SessionUser | null; edgeId: string; input: UpdateEdgeInput }): Promise<EdgeDto> {
  return withTx(async (tx) => {
    const debateId = await debateOf(tx, "edge", o.edgeId);
    const { user } = await authorizeDebate(tx, debateId, o.user, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "updateEdge", id: o.edgeId, ...o.input });
    return r.edge!;
  });
}
