import "server-only";
import { db } from "./db";
import { AppError } from "./errors";

/** At most `max` failures per key in a fixed window of `windowMs` that starts at the first one. */
export type FailureRule = { max: number; windowMs: number; what: string };

/**
 * Failures are counted in Better Auth's rate-limit table under our own key prefixes, so every
 * server of a deployment shares them. Only failures count: a client that gets things right is
 * never slowed, and a key belongs to one account or one client, never to everybody.
 */
export async function checkFailures(key: string, rule: FailureRule): Promise<void> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row) return;
  const age = Date.now() - Number(row.lastRequest);
  if (age < rule.windowMs && row.count >= rule.max) {
    const retryAfter = Math.ceil((rule.windowMs - age) / 1000);
    throw new AppError("rate_limited", `too many ${rule.what}: wait ${retryAfter} seconds, then try again`, {
      retryAfter,
    });
  }
}

/** Count one failure for `key`. */
export async function countFailure(key: string, rule: FailureRule): Promise<void> {
  const now = Date.now();
  const row = await db.rateLimit.findUnique({ where: { key } });
  try {
    if (!row) await db.rateLimit.create({ data: { id: key, key, count: 1, lastRequest: BigInt(now) } });
    else if (now - Number(row.lastRequest) >= rule.windowMs)
      await db.rateLimit.update({ where: { key }, data: { count: 1, lastRequest: BigInt(now) } });
    else await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  } catch (err) {
    // Two failures racing to create the row: the other one counted; count this one on it.
    if ((err as { code?: string })?.code !== "P2002") throw err;
    await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  }
}
