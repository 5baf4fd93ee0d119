import "server-only";
import type { NodeDto, UpdateNodeInput } from "@/lib/domain/schemas";
import { requireRole } from "../access";
import type { SessionUser } from "../auth-guard";
import { notFound } from "../errors";
import { updateNodeOp } from "../graph-writes";
import { mark } from "../timing";
import { dbReady } from "../db";
import { withTx } from "../tx";
import { readNodeForWrite } from "./node-rows";
import { updateNodeAtOnce } from "./update-node-at-once";

/**
 * Change an argument's fields; a stale `version` is refused with 409 and the current row. The
 * hot path of editing: one statement reads the row and authorizes, one writes it and returns it,
 * and the history row follows (lib/server/change-log.ts), all in one transaction. On SQLite an
 * edit that leaves the card alone runs those statements synchronously (update-node-at-once.ts).
 */
export async function updateNode({
  input,
  nodeId,
  user: caller,
}: {
  user: SessionUser | null;
  nodeId: string;
  input: UpdateNodeInput;
}): Promise<NodeDto> {
  await dbReady();
  const done = updateNodeAtOnce(caller, nodeId, input);
  if (done) return done;
  return withTx(async (tx) => {
    const target = await readNodeForWrite(tx, nodeId, caller);
    if (!target) throw notFound("node");
    const user = requireRole(target.role, caller, "editor");
    mark("authorize");
    const { version, ...patch } = input;
    const r = await updateNodeOp(
      { tx, debateId: target.debateId, actorId: user.id },
      { op: "updateNode", id: nodeId, version, patch },
      target.node,
    );
    mark("write");
    return r.node!;
  });
}
