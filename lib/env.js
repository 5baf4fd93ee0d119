// @ts-check
// The environment, parsed with zod once. Plain JS so next.config.js can import it at start-up.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must be a file: (SQLite) or postgresql:// URL")
    .default("file:./data/clash.db"),
  BETTER_AUTH_URL: z.url().default("http://localhost:3000"),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  /** Extra origins allowed to make state-changing requests (comma-separated). */
  CLASH_TRUSTED_ORIGINS: z.string().default(""),
  /** Maximum JSON request body in bytes. */
  CLASH_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /**
   * Comma-separated CIDRs of the reverse proxies in front of Clash. Only then is X-Forwarded-For
   * believed (Next keeps a client-sent one as it is); without it rate limits use one shared bucket.
   */
  CLASH_TRUSTED_PROXIES: z.string().default(""),
  /** Turn Better Auth's rate limiter on or off (on by default, also in development). */
  CLASH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
});

/** @typedef {z.infer<typeof schema>} Env */

/** @type {Env | undefined} */
let cached;

/** Parse and cache process.env; throws a readable error on bad configuration. */
export function loadEnv() {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${issues}`);
  }
  cached = parsed.data;
  return cached;
}
