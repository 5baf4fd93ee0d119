import "server-only";
import type { Tx } from "../db";

/**
 * What an entity looked like just after change `seq`, read off the change log: the first change
 * after `seq` tells it — a create means it did not exist yet; anything else carries the old row
 * in `before`. `undefined` means nothing changed since (it is as it is now).
 */
export async function statesAt(tx: Tx, debateId: string, seq: number, entity: "node" | "edge" | "debate", ids?: string[]) {
  const later = await tx.change.findMany({
    where: { debateId, entity, seq: { gt: seq }, ...(ids ? { entityId: { in: ids } } : {}) },
    orderBy: { seq: "asc" },
    select: { entityId: true, action: true, before: true },
  });
  const out = new Map<string, unknown | null>();
  for (const c of later) {
    if (out.has(c.entityId)) continue;
    out.set(c.entityId, c.action === "create" || !c.before ? null : JSON.parse(c.before));
  }
  return out;
}
