import "server-only";
import type { CreateNodeInput, NodeDto } from "@/lib/domain/schemas";
import { authorizeDebate } from "../access";
import type { SessionUser } from "../auth-guard";
import { applyOp } from "../graph-writes";
import { withTx } from "../tx";

/** Add an argument to a debate (editors and owners). */
export async function createNode({
  debateId,
  input,
  user: caller,
}: {
  user: SessionUser | null;
  debateId: string;
  input: CreateNodeInput;
}): Promise<NodeDto> {
  return withTx(async (tx) => {
    const { user } = await authorizeDebate(tx, debateId, caller, "editor");
    const r = await applyOp({ tx, debateId, actorId: user.id }, { op: "createNode", node: input });
    return r.node!;
  });
}
