import "server-only";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "../auth-guard";
import type { Tx } from "../db";
import { AppError } from "../errors";

/** Guests get real accounts under this domain: no password, no way to sign in again. */
export const GUEST_EMAIL_DOMAIN = "guest.clash.local";
/** As auth.ts: a session lasts 14 days. */
export const GUEST_SESSION_SECONDS = 60 * 60 * 24 * 14;

export const isGuest = (u: Pick<SessionUser, "email">) => u.email.toLowerCase().endsWith(`@${GUEST_EMAIL_DOMAIN}`);

export const GUEST_LIMITED = "guest accounts can only take part in their seminar; sign up to create debates";

/**
 * A guest's role is its seminar seat and nothing more: it may not create debates, import, redeem
 * share links or run seminars (403). Use cases that make a user an owner or member call this.
 */
export function requireFullAccount<U extends Pick<SessionUser, "email">>(user: U): U {
  if (isGuest(user)) throw new AppError("forbidden", GUEST_LIMITED);
  return user;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random alphanumeric string (Better Auth's own ids and session tokens look like this). */
export function randomAlnum(length: number): string {
  let out = "";
  while (out.length < length) {
    // 62 symbols: drop bytes >= 248 so every symbol is equally likely.
    for (const b of randomBytes(length * 2)) if (b < 248 && out.length < length) out += ALNUM[b % 62];
  }
  return out;
}

/**
 * A guest's identity for one seminar: a `user` row and a database session exactly as Better Auth
 * stores them, so the guest is an ordinary authenticated principal for the API (and nothing more:
 * no password, no membership of any debate). The route signs the token into the session cookie.
 */
export async function createGuest(
  tx: Tx,
  name: string,
  userAgent: string,
): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
  const id = randomAlnum(32);
  const user = { id, name, email: `guest-${id.toLowerCase()}@${GUEST_EMAIL_DOMAIN}` };
  await tx.user.create({ data: { ...user, emailVerified: false } });
  const token = randomAlnum(32);
  const expiresAt = new Date(Date.now() + GUEST_SESSION_SECONDS * 1000);
  await tx.session.create({
    data: { id: randomAlnum(32), token, expiresAt, userId: id, ipAddress: "", userAgent: userAgent.slice(0, 500) },
  });
  return { user, token, expiresAt };
}
