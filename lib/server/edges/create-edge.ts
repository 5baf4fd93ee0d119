import "server-only";
import type { CreateEdgeInput, EdgeDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";

/** Connect two arguments of the same debate with a typed relation. */
export async function createEdge(o: { user: SessionUser | null; debateId: string; input: CreateEdgeInput }): Promise<EdgeDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, o.debateId, o.user, "editor");
    const r = await applyOp({ tx, debateId: o.debateId, actorId: user.id }, { op: "createEdge", edge: o.input });
    return r.edge!;
  });
}
