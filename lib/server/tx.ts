import "server-only";
import { trackTouched } from "./change-log";
import { db, dbReady, readDb, type Db, type Tx } from "./db";
import { signalLocal } from "./events/bus";
import { mark } from "./timing";

/**
 * Run a read use case: wait for the connection's pragmas once, then hand it the reading client
 * (`readDb`: it sees only committed rows). The read-side twin of `withTx`, so no use case queries
 * before the database is ready.
 */
export async function withRead<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  await dbReady();
  return fn(readDb);
}

/**
 * Run `fn` in one interactive transaction; on PostgreSQL retry serialization failures (P2034)
 * a bounded number of times. Nothing is reported as done before the commit returns.
 */
export async function withTx<T>(
  fn: (tx: Tx) => Promise<T>,
  /** how long the transaction may stay open (30 s unless given: a large import writes for longer) */
  options: { timeoutMs?: number } = {},
): Promise<T> {
  await dbReady();
  for (let attempt = 0; ; attempt++) {
    try {
      let debates = new Set<string>();
      const result = await db.$transaction(
        (tx) => {
          debates = trackTouched(tx);
          return fn(tx);
        },
        { maxWait: 10_000, timeout: options.timeoutMs ?? 30_000 },
      );
      mark("commit");
      // Committed: now (and only now) tell live subscribers on this server. On the next turn of
      // the event loop, so the answer goes out before the hub starts re-reading the change log:
      // the signal carries no data (subscribers read by seq), so nothing is lost by the wait.
      if (debates.size)
        setImmediate(() => {
          for (const id of debates) signalLocal(id);
        });
      return result;
    } catch (err) {
      if ((err as { code?: string })?.code === "P2034" && attempt < 3) continue;
      throw err;
    }
  }
}
