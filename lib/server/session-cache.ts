import "server-only";
import type { SessionUser } from "./auth-guard";

/**
 * Signed-in users by session cookie, for a few seconds: every API call would otherwise verify the
 * cookie and read the session and user rows again (about a millisecond of a ~10 ms edit). Kept
 * short on purpose (SECURITY.md: a session cache of at most 60 s), and emptied by any write to
 * /api/auth on this server (sign-in, sign-out, revocation, profile changes), so on one server a
 * sign-out takes effect at once; on another, within TTL_MS.
 */
const TTL_MS = 15_000;
const MAX_ENTRIES = 10_000;
const g = globalThis as unknown as { clashSessionCache?: Map<string, { user: SessionUser; until: number }> };
const cache = (g.clashSessionCache ??= new Map<string, { user: SessionUser; until: number }>());

const COOKIE = /(?:^|;\s*)((?:__Secure-)?better-auth\.session_token)=([^;]+)/;

/** The session cookie's value, which is what the cache is keyed by (absent: no cache). */
export function sessionKey(headers: Headers): string | null {
  const m = COOKIE.exec(headers.get("cookie") ?? "");
  return m ? `${m[1]}=${m[2]}` : null;
}

export function cachedUser(key: string): SessionUser | null {
  const hit = cache.get(key);
  if (!hit) return null;
  if (hit.until > Date.now()) return hit.user;
  cache.delete(key);
  return null;
}

export function rememberUser(key: string, user: SessionUser, sessionExpiresAt: Date): void {
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { user, until: Math.min(Date.now() + TTL_MS, sessionExpiresAt.getTime()) });
}

const gf = globalThis as unknown as { clashSessionListeners?: Set<() => void> };
const forgotten = (gf.clashSessionListeners ??= new Set<() => void>());

/** Forget every cached session (called on any write to /api/auth), and tell who holds one open. */
export function forgetSessions(): void {
  cache.clear();
  for (const fn of forgotten) fn();
}

/** Run `fn` whenever sessions may have ended on this server (live streams re-check theirs). */
export function onSessionsForgotten(fn: () => void): () => void {
  forgotten.add(fn);
  return () => void forgotten.delete(fn);
}
