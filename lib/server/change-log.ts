import "server-only";
import type { Tx } from "./db";

export type ChangeEntity = "debate" | "node" | "edge" | "source" | "membership";
export type ChangeAction = "create" | "update" | "delete";

/** Write the history row of a change, in the same transaction as the change itself. */
export async function recordChange(
  tx: Tx,
  c: { debateId: string; actorId: string | null; entity: ChangeEntity; entityId: string; action: ChangeAction; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.change.create({
    data: {
      debateId: c.debateId,
      actorId: c.actorId,
      entity: c.entity,
      entityId: c.entityId,
      action: c.action,
      before: c.before === undefined ? null : JSON.stringify(c.before),
      after: c.after === undefined ? null : JSON.stringify(c.after),
    },
  });
}
