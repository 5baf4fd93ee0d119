import "server-only";
import type { CreateNodeInput, NodeDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";

/** Add an argument to a debate (editors and owners). */
export async function createNode(o: { user: SessionUser | null; debateId: string; input: CreateNodeInput }): Promise<NodeDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, o.debateId, o.user, "editor");
    const r = await applyOp({ tx, debateId: o.debateId, actorId: user.id }, { op: "createNode", node: o.input });
    return r.node!;
  });
}
