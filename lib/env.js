// @ts-check
// The environment, parsed with zod once. Plain JS so next.config.js can import it at start-up.
import { isIP } from "node:net";
import { z } from "zod";

/** An address or CIDR range (`10.0.0.0/8`, `::1`, `fd00::/8`). */
const isAddressOrRange = (/** @type {string} */ s) => {
  const [addr = "", prefix, extra] = s.split("/");
  const v = isIP(addr);
  if (!v || extra !== undefined) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (v === 4 ? 32 : 128));
};

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
  CLASH_TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine(
      (v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .every(isAddressOrRange),
      "must be comma-separated IP addresses or CIDR ranges",
    ),
  /**
   * Global ceiling on password work per server process (sign-in, sign-up, password changes), in
   * requests per second (bursts of twice that). Past it requests are shed (429, Retry-After: 1),
   * nobody is locked out.
   */
  CLASH_AUTH_PER_SECOND: z.coerce.number().positive().default(20),
  /** Open live streams (debate and seminar events) allowed per debate on one server; past it 429. */
  CLASH_SSE_MAX_PER_DEBATE: z.coerce.number().int().positive().default(500),
  /** Open live streams allowed per signed-in user (or trusted client address) on one server; past it 429. */
  CLASH_SSE_MAX_PER_CLIENT: z.coerce.number().int().positive().default(20),
  /** Send a Server-Timing header (session, body, authorize, write, commit) on API answers; for the bench. */
  CLASH_SERVER_TIMING: z.enum(["on", "off"]).default("off"),
  /**
   * Who folds SQLite's write-ahead log into the database: a worker thread, every 250 ms (`worker`,
   * off the request path), or the commit that fills it, as SQLite does by default (`inline`).
   */
  CLASH_SQLITE_CHECKPOINT: z.enum(["worker", "inline"]).default("worker"),
  /**
   * Time budget of one import's parse and plan, in milliseconds. Past it the worker is terminated
   * and the import is refused (422, kind "too_complex"); nothing is written.
   */
  CLASH_IMPORT_BUDGET_MS: z.coerce.number().int().positive().default(60_000),
  /**
   * Time budget for re-finding a source's cards after an edit of a long source (run in the worker
   * pool); past it the edit is refused (422, kind "too_complex") and nothing is written.
   */
  CLASH_REANCHOR_BUDGET_MS: z.coerce.number().int().positive().default(15_000),
  /**
   * Time budget for evaluating a big debate on the server (GET …/evaluation, run in the worker
   * pool above 2,000 arguments); past it the request is refused (422, kind "too_complex").
   */
  CLASH_EVALUATION_BUDGET_MS: z.coerce.number().int().positive().default(20_000),
  /**
   * Time budget for encoding a big debate's download (exports of over 2,000 arguments run in the
   * worker pool); past it the export is refused (422, kind "too_complex").
   */
  CLASH_EXPORT_BUDGET_MS: z.coerce.number().int().positive().default(30_000),
  /** Heap limit of one import worker thread, in MB (a file that needs more is refused, 422 "too_complex"). */
  CLASH_IMPORT_WORKER_MB: z.coerce.number().int().min(64).default(1_536),
  /**
   * How long an idle import worker thread lives, in ms: it then exits, so the memory a large file
   * took goes back to the system (the Import dialog keeps one alive, or starts one, as it opens).
   */
  CLASH_IMPORT_WORKER_IDLE_MS: z.coerce.number().int().min(1_000).max(600_000).default(15_000),
  /** Worker threads that parse imports at once (each can use CLASH_IMPORT_WORKER_MB). */
  CLASH_IMPORT_WORKERS: z.coerce.number().int().positive().default(2),
  /** Imports one user may have running at once on one server; past it 429 with Retry-After. */
  CLASH_IMPORTS_PER_USER: z.coerce.number().int().positive().default(2),
  /** Imports running at once on one server, all users together; past it 429 with Retry-After. */
  CLASH_IMPORTS_TOTAL: z.coerce.number().int().positive().default(4),
  /** Bytes of serialized debate graphs kept in memory for fast reads (least recently used are dropped). */
  CLASH_GRAPH_CACHE_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(64 * 1024 * 1024),
  /** Turn Better Auth's rate limiter on or off (on by default, also in development). */
  CLASH_RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  /** Build the browser's JavaScript unminified (webpack builds only), so a CPU profile names functions; for the bench. */
  CLASH_UNMINIFIED: z.enum(["on", "off"]).default("off"),
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
