import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { authInputProblem, AccountEmail, AccountImage, AccountName } from "@/lib/domain/account-input";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/domain/password-policy";
import { headers } from "next/headers";
import { db, isPostgres } from "./db";
import { loadEnv } from "@/lib/env";
import { AppError } from "./errors";
import { loopbackAliases } from "@/lib/domain/origins";

const env = loadEnv();

/**
 * The app's own origin plus any configured extra origins: never derived from a request. A local
 * install is trusted under each name of the loopback address (a new user opening 127.0.0.1 was
 * refused sign-in as "Invalid origin"); no other site can serve a page from the app's own port.
 */
export const trustedOrigins = [
  new URL(env.BETTER_AUTH_URL).origin,
  ...loopbackAliases(env.BETTER_AUTH_URL),
  ...env.CLASH_TRUSTED_ORIGINS.split(",")
    .map((s) => s.trim())
    .filter(Boolean),
];

const trustedProxies = env.CLASH_TRUSTED_PROXIES.split(",")
  .map((s) => s.trim())
  .filter(Boolean);

function secret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("BETTER_AUTH_SECRET must be set (32+ characters) in production");
  }
  return "clash-development-secret-not-for-production-use";
}

export const auth = betterAuth({
  appName: "Clash",
  baseURL: env.BETTER_AUTH_URL,
  secret: secret(),
  trustedOrigins,
  database: prismaAdapter(db, { provider: isPostgres ? "postgresql" : "sqlite" }),
  // No auto sign-in: Better Auth then answers a sign-up for an existing e-mail exactly as for a new
  // one (same status and shape, the password hashed either way), so sign-up does not tell who has
  // an account. The auth route signs the new user in as a second step (lib/server/auth-boundary.ts).
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN,
    maxPasswordLength: PASSWORD_MAX,
    autoSignIn: false,
  },
  // No cookie cache: sign-out and revocation take effect on the next request.
  session: { cookieCache: { enabled: false }, expiresIn: 60 * 60 * 24 * 14 },
  // Every write of a name, an e-mail or a password, from the HTTP API or a server call: bounded
  // lengths and the password policy (ASVS V6.2), 422 otherwise.
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      const problem = authInputProblem(ctx.path, ctx.body);
      if (problem) throw new APIError("UNPROCESSABLE_ENTITY", { message: problem, code: "INVALID_INPUT" });
    }),
  },
  // And a last guard at the table, whatever endpoint writes the user row.
  databaseHooks: {
    user: {
      create: { before: async (user) => void checkUserRow(user) },
      update: { before: async (user) => void checkUserRow(user) },
    },
  },
  // Better Auth's limiter keys by client address and path. It runs only when the address can be
  // trusted (CLASH_TRUSTED_PROXIES); otherwise every client would share one bucket and one client
  // could lock out everybody. The auth route adds what holds either way: failed sign-ins per
  // account and a global ceiling that sheds load (lib/server/auth-boundary.ts).
  rateLimit: {
    enabled: env.CLASH_RATE_LIMIT === "on" && trustedProxies.length > 0,
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      // Generous per address: a classroom behind one NAT signs in at once.
      "/sign-in/email": { window: 60, max: 60 },
      "/sign-up/email": { window: 60, max: 30 },
      // Signing out is never refused.
      "/sign-out": false,
      // Better Auth prunes rate-limit rows older than its longest window, and our per-account
      // failure counts (15 minutes) live in the same table: this window keeps them.
      "/delete-user": { window: 15 * 60, max: 5 },
    },
  },
  advanced: {
    useSecureCookies: new URL(env.BETTER_AUTH_URL).protocol === "https:",
    // A client can send its own X-Forwarded-For (Next keeps it), so it only counts behind
    // configured proxies; otherwise no address is read at all (and none is stored on sessions).
    ipAddress: trustedProxies.length
      ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies }
      : { disableIpTracking: true },
  },
  plugins: [nextCookies()],
});

/** Refuse a user row whose name or e-mail is out of bounds (the API's checks come first). */
function checkUserRow(user: { name?: unknown; email?: unknown; image?: unknown }): void {
  const bad =
    (user.name !== undefined && !AccountName.safeParse(user.name).success) ||
    (user.email !== undefined && !AccountEmail.safeParse(user.email).success) ||
    (user.image !== undefined && !AccountImage.safeParse(user.image).success);
  if (bad)
    throw new APIError("UNPROCESSABLE_ENTITY", {
      message: "a name, e-mail or image address is too long",
      code: "INVALID_INPUT",
    });
}

export type { SessionUser } from "./auth-guard";
import type { SessionUser } from "./auth-guard";
import { cachedUser, rememberUser, sessionKey } from "./session-cache";

/** The signed-in user of the current request, or null. */
export async function currentUser(reqHeaders?: Headers): Promise<SessionUser | null> {
  const h = reqHeaders ?? (await headers());
  const key = sessionKey(h);
  if (!key) return null;
  const cached = cachedUser(key);
  if (cached) return cached;
  const session = await auth.api.getSession({ headers: h });
  if (!session) return null;
  const user = { id: session.user.id, name: session.user.name, email: session.user.email };
  rememberUser(key, user, new Date(session.session.expiresAt));
  return user;
}

/** The signed-in user, or a 401. */
export async function requireUser(reqHeaders?: Headers): Promise<SessionUser> {
  const user = await currentUser(reqHeaders);
  if (!user) throw new AppError("unauthorized", "sign in to do this");
  return user;
}
