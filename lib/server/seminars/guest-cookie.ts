import "server-only";
import { makeSignature } from "better-auth/crypto";
import { auth } from "../auth";

/**
 * The Set-Cookie header that signs a guest in: Better Auth's own session cookie (its name, its
 * attributes, and the value it would write: the token HMAC-signed with the auth secret, as
 * better-call's signed cookies are), so getSession resolves the guest like anyone else.
 */
export async function guestSessionCookie(token: string, expiresAt: Date): Promise<string> {
  const ctx = await auth.$context;
  const { name, attributes } = ctx.authCookies.sessionToken;
  const value = encodeURIComponent(`${token}.${await makeSignature(token, ctx.secret)}`);
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  const sameSite = String(attributes.sameSite ?? "lax");
  return [
    `${name}=${value}`,
    `Max-Age=${maxAge}`,
    `Path=${attributes.path ?? "/"}`,
    "HttpOnly",
    `SameSite=${sameSite.charAt(0).toUpperCase()}${sameSite.slice(1).toLowerCase()}`,
    ...(attributes.secure ? ["Secure"] : []),
  ].join("; ");
}
