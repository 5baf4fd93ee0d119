import "server-only";
import { encodeChange, type ChangeInput } from "@/lib/domain/changes";
import { isPostgres, sqlParam, type Tx } from "./db";
import { CHANGES_CHANNEL } from "./events/bus";
import { sqlTimestamp } from "./imports/bulk-insert";

/** Debates each open transaction has written to, so withTx can signal them after commit. */
const touched = new WeakMap<object, Set<string>>();

export function trackTouched(tx: object): Set<string> {
  const set = new Set<string>();
  touched.set(tx, set);
  return set;
}

export type { ChangeAction, ChangeEntity } from "@/lib/domain/changes";

// On PostgreSQL the same statement queues the NOTIFY (delivered only if the transaction commits):
// one round trip fewer on every write.
const LOCK_DEBATE = isPostgres
  ? `UPDATE "Debate" SET "updatedAt" = $1 WHERE "id" = $2 RETURNING pg_notify('${CHANGES_CHANNEL}', "id")`
  : `UPDATE "Debate" SET "updatedAt" = ? WHERE "id" = ?`;
const INSERT_CHANGE = `INSERT INTO "Change" ("debateId", "actorId", "entity", "entityId", "action", "before", "after", "schemaVersion", "createdAt") VALUES (${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(sqlParam).join(", ")})`;

/** A change as its writer records it: which debate, who, and the typed change itself. */
export type ChangeRecord = { debateId: string; actorId: string | null } & ChangeInput;

/**
 * The statements that record a change: the lock on its debate (`lock`: the first change of that
 * debate in the transaction) and the history row. The change is checked against the contract
 * (lib/domain/changes.ts) first: a writer bug fails its transaction.
 */
export function changeWrites(c: ChangeRecord, lock: boolean): [sql: string, args: unknown[]][] {
  const row = encodeChange(c);
  const at = sqlTimestamp(new Date());
  const insert: [string, unknown[]] = [
    INSERT_CHANGE,
    [c.debateId, c.actorId, row.entity, row.entityId, row.action, row.before, row.after, row.schemaVersion, at],
  ];
  // The lock makes writers to one debate take turns, so change seq numbers are in commit order
  // and a reader catching up by seq skips none.
  return lock ? [[LOCK_DEBATE, [at, c.debateId]], insert] : [insert];
}

/**
 * Write the history row of a change, in the same transaction as the change itself. Raw SQL:
 * every write runs these two statements, and Prisma's query engine costs more than they do.
 */
export async function recordChange(tx: Tx, c: ChangeRecord): Promise<void> {
  const seen = touched.get(tx);
  const lock = !!seen && !seen.has(c.debateId);
  if (lock) seen.add(c.debateId);
  for (const [sql, args] of changeWrites(c, lock)) await tx.$executeRawUnsafe(sql, ...args);
}
