import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { headers } from "next/headers";
import { db, isPostgres } from "./db";
import { loadEnv } from "@/lib/env";
import { AppError } from "./errors";

const env = loadEnv();

/** The app's own origin plus any configured extra origins: never derived from a request. */
export const trustedOrigins = [
  new URL(env.BETTER_AUTH_URL).origin,
  ...env.CLASH_TRUSTED_ORIGINS.split(",").map((s) => s.trim()).filter(Boolean),
];

export const UNRESOLVABLE_IP_HEADER = "x-clash-no-client-ip";
const trustedProxies = env.CLASH_TRUSTED_PROXIES.split(",").map((s) => s.trim()).filter(Boolean);

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
  emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
  // No cookie cache: sign-out and revocation take effect on the next request.
  session: { cookieCache: { enabled: false }, expiresIn: 60 * 60 * 24 * 14 },
  rateLimit: {
    enabled: env.CLASH_RATE_LIMIT === "on",
    storage: "database",
    window: 60,
    max: 300,
    customRules: {
      "/sign-in/email": { window: 60, max: 10 },
      "/sign-up/email": { window: 60, max: 60 },
    },
  },
  advanced: {
    useSecureCookies: new URL(env.BETTER_AUTH_URL).protocol === "https:",
    // A client can send its own X-Forwarded-For (Next keeps it), so it only counts behind
    // configured proxies. Otherwise the IP is read from a header the auth route always strips,
    // so it never resolves and each rate-limited path falls back to one shared bucket.
    ipAddress: trustedProxies.length
      ? { ipAddressHeaders: ["x-forwarded-for"], trustedProxies }
      : { ipAddressHeaders: [UNRESOLVABLE_IP_HEADER] },
  },
  plugins: [nextCookies()],
});

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
