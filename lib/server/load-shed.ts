import "server-only";
import { AppError } from "./errors";

/** A token bucket: `perSecond` requests sustained, `burst` at once. */
export type Ceiling = { perSecond: number; burst: number; what: string };

const g = globalThis as unknown as { clashBuckets?: Map<string, { tokens: number; at: number }> };
const buckets = (g.clashBuckets ??= new Map<string, { tokens: number; at: number }>());

/**
 * A global ceiling that sheds load instead of locking anyone out: past it, a request is refused
 * with 429 and `Retry-After: 1`, and the next second's capacity is open to everybody again. A flood
 * thus costs a legitimate user some retries, never a window of lock-out. Per process (it protects
 * this process's CPU, e.g. from password hashing).
 */
export function shedLoad(name: string, c: Ceiling, now = Date.now()): void {
  checkCapacity(name, c, now);
  spend(name, c, now);
}

function refill(name: string, c: Ceiling, now: number) {
  const b = buckets.get(name) ?? { tokens: c.burst, at: now };
  b.tokens = Math.min(c.burst, b.tokens + ((now - b.at) / 1000) * c.perSecond);
  b.at = now;
  buckets.set(name, b);
  return b;
}

/** Refuse (429, Retry-After: 1) while the bucket is empty, without spending from it. */
export function checkCapacity(name: string, c: Ceiling, now = Date.now()): void {
  if (refill(name, c, now).tokens < 1)
    throw new AppError("rate_limited", `the server is busy with ${c.what}: try again in a second`, { retryAfter: 1 });
}

/** Spend one unit (for costs known only afterwards, e.g. a wrong join code). */
export function spend(name: string, c: Ceiling, now = Date.now()): void {
  const b = refill(name, c, now);
  b.tokens = Math.max(0, b.tokens - 1);
}

/** For tests: forget a bucket's state. */
export function resetCeiling(name: string): void {
  buckets.delete(name);
}
