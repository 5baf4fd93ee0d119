import "server-only";
import type { CreateEdgeInput, EdgeDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";

/** Connect two arguments of the same debate with a typed relation. */
export async function createEdge({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: CreateEdgeInput;
}): Promise<EdgeDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "createEdge", edge: input });
    return r.edge!;
  });
}
