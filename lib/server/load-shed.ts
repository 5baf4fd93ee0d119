import "server-only";
import { AppError } from "./errors";

/** A token bucket: `perSecond` requests sustained, `burst` at once. */
export type Ceiling = { perSecond: number; burst: number; what: string };

const g = globalThis as unknown as { clashBuckets?: Map<string, { tokens: number; at: number }> };
const buckets = (g.clashBuckets ??= new Map());

/**
 * A global ceiling that sheds load instead of locking anyone out: past it, a request is refused
 * with 429 and `Retry-After: 1`, and the next second's capacity is open to everybody again. A flood
 * thus costs a legitimate user some retries, never a window of lock-out. Per process (it protects
 * this process's CPU, e.g. from password hashing).
 */
export function shedLoad(name: string, c: Ceiling, now = Date.now()): void {
  const b = buckets.get(name) ?? { tokens: c.burst, at: now };
  b.tokens = Math.min(c.burst, b.tokens + ((now - b.at) / 1000) * c.perSecond);
  b.at = now;
  buckets.set(name, b);
  if (b.tokens < 1) throw new AppError("rate_limited", `the server is busy with ${c.what}: try again in a second`, { retryAfter: 1 });
  b.tokens -= 1;
}

/** For tests: forget a bucket's state. */
export function resetCeiling(name: string): void {
  buckets.delete(name);
}
