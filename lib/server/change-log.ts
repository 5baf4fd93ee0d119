import "server-only";
import { isPostgres, type Tx } from "./db";
import { CHANGES_CHANNEL } from "./events/bus";

/** Debates each open transaction has written to, so withTx can signal them after commit. */
const touched = new WeakMap<object, Set<string>>();

export function trackTouched(tx: object): Set<string> {
  const set = new Set<string>();
  touched.set(tx, set);
  return set;
}

export type ChangeEntity = "debate" | "node" | "edge" | "source" | "membership" | "comment" | "link" | "seminar";
export type ChangeAction = "create" | "update" | "delete";

/** Write the history row of a change, in the same transaction as the change itself. */
export async function recordChange(
  tx: Tx,
  c: { debateId: string; actorId: string | null; entity: ChangeEntity; entityId: string; action: ChangeAction; before?: unknown; after?: unknown },
): Promise<void> {
  const seen = touched.get(tx);
  if (seen && !seen.has(c.debateId)) {
    seen.add(c.debateId);
    // The first change of a debate in this transaction locks its row: writers to one debate take
    // turns, so change seq numbers are in commit order and a reader catching up by seq skips none.
    await tx.debate.updateMany({ where: { id: c.debateId }, data: { updatedAt: new Date() } });
    if (isPostgres) await tx.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${c.debateId})`;
  }
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
