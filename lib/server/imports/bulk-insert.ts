import "server-only";
import { randomUUID } from "node:crypto";
import { sqliteConnection, statementsOf } from "@/lib/db/create-client";
import { db, isPostgres, sqlParam, type Tx } from "../db";

export type SqlValue = string | number | null;

/** Bound parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMS = 30_000;
/**
 * Rows per statement. SQLite's driver is synchronous: a statement holds the event loop for its
 * whole run, so its slices are small enough (~150 rows, a few ms, measured in
 * bench/imports-latency.md) that a health check waits at most one slice. PostgreSQL's statements
 * run on the server while the loop is free, so bigger slices save round trips.
 */
const MAX_ROWS = { sqlite: 150, postgresql: 500 } as const;

/** A turn of the event loop for other requests between two statements of a long write. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A timestamp the way Prisma writes it: ISO text with "+00:00" on SQLite, a UTC timestamp on PostgreSQL. */
export function sqlTimestamp(d: Date): string {
  return isPostgres ? d.toISOString() : d.toISOString().replace(/Z$/, "+00:00");
}

/**
 * Insert many rows with multi-row INSERT statements, every value a bound parameter. Prisma's
 * createMany costs ~0.5 ms a row here (50,000 arguments took 45 s, past the transaction's
 * timeout); these statements take ~0.04 ms. Table and column names come from this code, never
 * from input, and must match the schema (both providers share the quoted names).
 *
 * On SQLite the statements run on Prisma's own connection, directly: the caller's transaction is
 * open on it and holds the adapter's lock, so they are part of it (and roll back with it). Through
 * `$executeRawUnsafe` every value is encoded for Prisma's query compiler and decoded again, which
 * took most of a big import's write (20,000 arguments: 5 s against 1.5 s of SQLite's own work).
 *
 * Each slice's rows are built (`toRow`) just before its statement, and the event loop gets a turn
 * after it, so a 100,000-row write inside one transaction never holds the server for more than a
 * slice: the caller's transaction still makes it all-or-nothing.
 */
export async function bulkInsert<T = SqlValue[]>(
  tx: Tx,
  table: string,
  columns: readonly string[],
  items: readonly T[],
  options: {
    /** the row of one item (default: the item is the row) */
    toRow?: (item: T) => SqlValue[];
    /** called after each statement with the rows it wrote; may throw to stop (the transaction rolls back) */
    onChunk?: (rows: number) => void;
  } = {},
): Promise<void> {
  if (items.length === 0) return;
  const toRow = options.toRow ?? ((item: T) => item as unknown as SqlValue[]);
  const maxRows = MAX_ROWS[isPostgres ? "postgresql" : "sqlite"];
  const perChunk = Math.max(1, Math.min(maxRows, Math.floor(MAX_PARAMS / columns.length)));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const sql = (rows: number) => {
    let n = 0;
    const tuple = () => `(${columns.map(() => sqlParam(++n)).join(", ")})`;
    return head + Array.from({ length: rows }, tuple).join(", ");
  };
  const direct = await directInsert(tx, sql, perChunk);
  for (let i = 0; i < items.length; i += perChunk) {
    const chunk = items.slice(i, i + perChunk).map(toRow);
    for (const row of chunk)
      if (row.length !== columns.length)
        throw new Error(`bulkInsert ${table}: a row has ${row.length} values for ${columns.length} columns`);
    const values = chunk.flat();
    if (direct) direct.insert(chunk.length, values);
    else await tx.$executeRawUnsafe(sql(chunk.length), ...values);
    options.onChunk?.(chunk.length);
    await yieldToLoop();
  }
  direct?.done();
}

const MARKS = `temp."clash_bulk_write"`;

/**
 * SQLite's connection, for statements inside the caller's open transaction, or null (PostgreSQL,
 * or no transaction open on it: then the statements go through Prisma). The full slice's statement
 * is prepared once and kept; a shorter last slice's is prepared for it alone (kept, one per length
 * and table, they would pile up).
 *
 * The transaction can end while the write waits for its turn (Prisma's timeout rolls it back), and
 * the connection could then be in autocommit or in someone else's transaction. So the write marks
 * its transaction through Prisma (a row in a temporary table, rolled back with it) and, before each
 * statement, finds its mark on the connection in the same synchronous step as the statement.
 */
async function directInsert(
  tx: Tx,
  sql: (rows: number) => string,
  full: number,
): Promise<{ insert: (rows: number, values: SqlValue[]) => void; done: () => void } | null> {
  const conn = isPostgres ? null : sqliteConnection(db);
  if (!conn?.inTransaction) return null;
  const mark = randomUUID();
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE IF NOT EXISTS ${MARKS} ("mark" TEXT NOT NULL)`);
  await tx.$executeRawUnsafe(`INSERT INTO ${MARKS} ("mark") VALUES (?)`, mark);
  const statement = statementsOf(conn);
  const fullSql = sql(full);
  const ours = () => conn.inTransaction && statement(`SELECT 1 FROM ${MARKS} WHERE "mark" = ?`).get(mark) !== undefined;
  return {
    insert(rows, values) {
      if (!ours()) throw new Error("the transaction of this write has ended");
      (rows === full ? statement(fullSql) : conn.prepare(sql(rows))).run(...values);
    },
    done() {
      if (ours()) statement(`DELETE FROM ${MARKS} WHERE "mark" = ?`).run(mark);
    },
  };
}
