import "server-only";
import { isPostgres, type Tx } from "./db";
import { CHANGES_CHANNEL } from "./events/bus";
import { sqlTimestamp } from "./imports/bulk-insert";

/** Debates each open transaction has written to, so withTx can signal them after commit. */
const touched = new WeakMap<object, Set<string>>();

export function trackTouched(tx: object): Set<string> {
  const set = new Set<string>();
  touched.set(tx, set);
  return set;
}

export type ChangeEntity = "debate" | "node" | "edge" | "source" | "membership" | "comment" | "link" | "seminar";
export type ChangeAction = "create" | "update" | "delete";

const param = (i: number) => (isPostgres ? `$${i}` : "?");
const LOCK_DEBATE = `UPDATE "Debate" SET "updatedAt" = ${param(1)} WHERE "id" = ${param(2)}`;
const INSERT_CHANGE = `INSERT INTO "Change" ("debateId", "actorId", "entity", "entityId", "action", "before", "after", "createdAt") VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(param).join(", ")})`;

/**
 * Write the history row of a change, in the same transaction as the change itself. Raw SQL: every
 * write runs these two statements, and Prisma's query engine costs more than the statements do.
 */
export async function recordChange(
  tx: Tx,
  c: { debateId: string; actorId: string | null; entity: ChangeEntity; entityId: string; action: ChangeAction; before?: unknown; after?: unknown },
): Promise<void> {
  const at = sqlTimestamp(new Date());
  const seen = touched.get(tx);
  if (seen && !seen.has(c.debateId)) {
    seen.add(c.debateId);
    // The first change of a debate in this transaction locks its row: writers to one debate take
    // turns, so change seq numbers are in commit order and a reader catching up by seq skips none.
    await tx.$executeRawUnsafe(LOCK_DEBATE, at, c.debateId);
    if (isPostgres) await tx.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${c.debateId})`;
  }
  await tx.$executeRawUnsafe(
    INSERT_CHANGE,
    c.debateId, c.actorId, c.entity, c.entityId, c.action,
    c.before === undefined ? null : JSON.stringify(c.before),
    c.after === undefined ? null : JSON.stringify(c.after),
    at,
  );
}
