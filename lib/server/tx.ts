import "server-only";
import { db, dbReady, type Tx } from "./db";

/**
 * Run `fn` in one interactive transaction; on PostgreSQL retry serialization failures (P2034)
 * a bounded number of times. Nothing is reported as done before the commit returns.
 */
export async function withTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  await dbReady();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => fn(tx), { maxWait: 10_000, timeout: 30_000 });
    } catch (err) {
      if ((err as { code?: string })?.code === "P2034" && attempt < 3) continue;
      throw err;
    }
  }
}
