import "server-only";
import { db } from "../db";
import { AppError } from "../errors";

/** Wrong join codes allowed per key in a window (then every attempt waits, right code or not). */
export const JOIN_LIMIT = { max: 10, windowMs: 60_000 };

// Better Auth's rate-limit table, under our own key prefix: shared by every server.
const keyOf = (client: string) => `seminar-join|${client}`;

/** Refuse (429) while this client has used up its wrong attempts. */
export async function checkJoinLimit(client: string): Promise<void> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(client) } });
  if (!row) return;
  const age = Date.now() - Number(row.lastRequest);
  if (age < JOIN_LIMIT.windowMs && row.count >= JOIN_LIMIT.max) {
    const retryAfter = Math.ceil((JOIN_LIMIT.windowMs - age) / 1000);
    throw new AppError("rate_limited", `too many wrong codes: wait ${retryAfter} seconds, then try again`, { retryAfter });
  }
}

/** Count one wrong attempt (a fixed window that starts at the first miss). */
export async function countWrongCode(client: string): Promise<void> {
  const key = keyOf(client);
  const now = Date.now();
  const row = await db.rateLimit.findUnique({ where: { key } });
  try {
    if (!row) await db.rateLimit.create({ data: { id: key, key, count: 1, lastRequest: BigInt(now) } });
    else if (now - Number(row.lastRequest) >= JOIN_LIMIT.windowMs) await db.rateLimit.update({ where: { key }, data: { count: 1, lastRequest: BigInt(now) } });
    else await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  } catch (err) {
    // Two misses racing to create the row: the other one counted; count this one on it.
    if ((err as { code?: string })?.code !== "P2002") throw err;
    await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  }
}
